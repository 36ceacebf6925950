import type { HttpRequest } from "./types.js";
export declare function redactRequest(request: HttpRequest): Omit<HttpRequest, "signal">;
