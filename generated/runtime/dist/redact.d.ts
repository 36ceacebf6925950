import type { HttpRequest, HttpResponse } from "./types.js";
/** "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE" -> "AKIDz8***": enough to recognise a key, not to use it. */
export declare function maskId(id: string): string;
/** A body made safe to log: JSON by key names, forms by parameter names; anything else withheld. */
export declare function redactBody(body: string, contentType?: string): string;
export declare function redactRequest(request: HttpRequest): Omit<HttpRequest, "signal">;
export declare function redactResponse(response: HttpResponse): HttpResponse;
/**
 * The values of an input's parameters whose names mark secrets (Password, LoginSettings.Password,
 * SecretKey, PrivateKey, Token...), at any depth: the client masks them wherever a server echoes
 * them. Broader than SECRET_NAME (a tag's Key too): masking a harmless value costs little here.
 */
export declare function secretValues(value: unknown, name?: string): string[];
