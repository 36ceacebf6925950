// Alibaba Cloud RPC style: everything in the GET query (Format=JSON), RepeatList flattened from 1
// (Tag.1.Key), HMAC-SHA1 signature version 1.0. Errors: HTTP >= 400 with {Code, Message, RequestId}.
import type { HttpRequest } from "../types.js";
import { ServiceError } from "../errors.js";
import { flattenParams, percentEncode } from "../encoding.js";
import { AliyunRpcSigner } from "../signers/aliyun-rpc.js";
import { asString, failed, parseJsonBody, randomUuid, type BuildContext, type ProtocolFactory } from "./protocol.js";

export const aliyunRpcProtocol: ProtocolFactory = (crypto) => {
  const signer = new AliyunRpcSigner(crypto);
  return {
    encode: percentEncode,
    async build({ service, action, input, credentials, endpoint, region, config, now }: BuildContext): Promise<HttpRequest> {
      const params = flattenParams(input, 1);
      // The region option fills RegionId for actions that take one, unless the input sets it.
      if (region && params.RegionId === undefined) params.RegionId = region;
      Object.assign(params, {
        Action: action,
        Version: service.version,
        Format: "JSON",
        AccessKeyId: credentials.secretId,
        SignatureMethod: "HMAC-SHA1",
        SignatureVersion: "1.0",
        SignatureNonce: config.nonce?.() ?? randomUuid(),
        Timestamp: new Date(now).toISOString().replace(/\.\d{3}Z$/, "Z"),
      });
      if (credentials.token) params.SecurityToken = credentials.token;
      const { canonicalQuery, signature } = await signer.sign({ accessKeySecret: credentials.secretKey, method: "GET", params });
      const url = endpoint.origin + endpoint.path + "?" + canonicalQuery + "&Signature=" + percentEncode(signature);
      return { method: "GET", url, headers: { Host: endpoint.host } };
    },

    parse(response, action) {
      const json = parseJsonBody(response, action);
      const requestId = asString(json.RequestId);
      if (failed(response.status)) {
        throw new ServiceError({
          code: asString(json.Code) ?? "HttpError",
          message: asString(json.Message) ?? `HTTP ${response.status}`,
          action,
          httpStatus: response.status,
          requestId,
        });
      }
      return { data: json, requestId };
    },
  };
};
