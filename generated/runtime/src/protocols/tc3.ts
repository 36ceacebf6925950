// Tencent Cloud API 3.0: POST JSON, action and version in X-TC-* headers, TC3-HMAC-SHA256.
// Response: {"Response": {...}} with Response.Error on failure.
import type { HttpRequest } from "../types.js";
import { ServiceError } from "../errors.js";
import { tc3Authorization, tc3Parts, type Tc3KeyCache, type Tc3SignInput } from "../signers/tc3.js";
import { asString, failed, failureCode, parseJsonBody, type ProtocolFactory } from "./protocol.js";

const CONTENT_TYPE = "application/json; charset=utf-8";

/** How a signature's parts are computed: tc3Parts anywhere; Node passes a synchronous one (see index.node.ts). */
export type Tc3PartsFunction = typeof tc3Parts;

/** The protocol with a given signing step, so that a Node bundle carries only the synchronous one. */
export const tc3ProtocolUsing = (parts: Tc3PartsFunction): ProtocolFactory => (crypto) => {
  const keys: Tc3KeyCache = new Map();
  return {
    async build({ service, action, input, credentials, endpoint, region, config, now }): Promise<HttpRequest> {
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
      const signed: Tc3SignInput = {
        secretId: credentials.secretId,
        secretKey: credentials.secretKey,
        service: service.service,
        timestamp,
        method: "POST",
        path: endpoint.path,
        headers: { "content-type": CONTENT_TYPE, host: endpoint.host, "x-tc-action": action },
        payload: body,
      };
      headers.Authorization = tc3Authorization(signed, await parts(crypto, keys, signed));
      return { method: "POST", url: endpoint.origin + endpoint.path, headers, body };
    },

    parse(response, action) {
      const data = parseJsonBody(response, action).Response as Record<string, unknown> | undefined;
      const requestId = asString(data?.RequestId);
      const error = data?.Error as { Code?: unknown; Message?: unknown } | undefined;
      if (!data || typeof data !== "object" || error || failed(response.status)) {
        throw new ServiceError({
          code: asString(error?.Code) ?? failureCode(response.status),
          message: error ? (asString(error.Message) ?? "") : `HTTP ${response.status}` + (data ? "" : ": no Response"),
          action,
          httpStatus: response.status,
          requestId,
        });
      }
      return { data, requestId };
    },
  };
};

export const tc3Protocol: ProtocolFactory = /* @__PURE__ */ tc3ProtocolUsing(tc3Parts);
