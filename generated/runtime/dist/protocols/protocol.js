import { ServiceError } from "../errors.js";
/** Parses a JSON body; a body that is not JSON becomes a ServiceError carrying the HTTP status. */
export function parseJsonBody(response, action) {
    try {
        const value = JSON.parse(response.body);
        if (value && typeof value === "object" && !Array.isArray(value))
            return value;
    }
    catch {
        // fall through: reported below with the status
    }
    throw new ServiceError({
        code: response.status >= 400 ? "HttpError" : "InvalidResponse",
        message: `HTTP ${response.status}: the response body is not a JSON object`,
        action,
        httpStatus: response.status,
    });
}
export function randomInteger() {
    return String(1 + Math.floor(Math.random() * 2147483646));
}
export function randomUuid() {
    const c = globalThis.crypto;
    if (c && typeof c.randomUUID === "function")
        return c.randomUUID();
    return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (ch) => {
        const r = Math.floor(Math.random() * 16);
        return (ch === "x" ? r : (r & 3) | 8).toString(16);
    });
}
export function asString(value) {
    return typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
}
