// Tencent Cloud API 3.0: POST JSON, action and version in X-TC-* headers, TC3-HMAC-SHA256.
// Response: {"Response": {...}} with Response.Error on failure.
import type { HttpRequest } from "../types.js";
import { ServiceError } from "../errors.js";
import { asString, parseJsonBody, type BuildContext, type ProtocolHandler } from "./protocol.js";

const CONTENT_TYPE = "application/json; charset=utf-8";

export const tc3Protocol: ProtocolHandler = {
  async build({ service, action, input, credentials, endpoint, region, config, signers, now }): Promise<HttpRequest> {
    const body = JSON.stringify(input);
    const timestamp = Math.floor(now / 1000);
    const headers: Record<string, string> = {
      "Content-Type": CONTENT_TYPE,
      Host: endpoint.host,
      "X-TC-Action": action,
      "X-TC-Version": service.version,
      "X-TC-Timestamp": String(timestamp),
    };
    if (region) headers["X-TC-Region"] = region;
    if (credentials.token) headers["X-TC-Token"] = credentials.token;
    if (config.language) headers["X-TC-Language"] = config.language;
    const { authorization } = await signers.tc3.sign({
      secretId: credentials.secretId,
      secretKey: credentials.secretKey,
      service: service.service,
      timestamp,
      method: "POST",
      path: endpoint.path,
      headers: { "content-type": CONTENT_TYPE, host: endpoint.host, "x-tc-action": action },
      payload: body,
    });
    headers.Authorization = authorization;
    return { method: "POST", url: endpoint.origin + endpoint.path, headers, body };
  },

  parse(response, action) {
    const json = parseJsonBody(response, action);
    const data = json.Response as Record<string, unknown> | undefined;
    if (!data || typeof data !== "object") {
      throw new ServiceError({ code: response.status >= 400 ? "HttpError" : "InvalidResponse", message: `HTTP ${response.status}: no "Response" object in the body`, action, httpStatus: response.status });
    }
    const requestId = asString(data.RequestId);
    const error = data.Error as { Code?: unknown; Message?: unknown } | undefined;
    if (error && typeof error === "object") {
      throw new ServiceError({
        code: asString(error.Code) ?? "UnknownError",
        message: asString(error.Message) ?? "",
        action,
        ...(requestId !== undefined && { requestId }),
        httpStatus: response.status,
      });
    }
    if (response.status >= 400) {
      throw new ServiceError({ code: "HttpError", message: `HTTP ${response.status}`, action, httpStatus: response.status, ...(requestId !== undefined && { requestId }) });
    }
    return requestId !== undefined ? { data, requestId } : { data };
  },
};
