// Tencent Cloud V2 APIs (<service>.api.qcloud.com/v2/index.php): flattened parameters (instanceIds.0,
// subnetSet.0.subnetName) in a GET query or POST form, v1 signature (HmacSHA1 / HmacSHA256).
// Response: {"code": 0, "message": "", "codeDesc": "Success", ...data}.
import type { HttpRequest } from "../types.js";
import { ServiceError } from "../errors.js";
import { flattenParams, percentEncode } from "../encoding.js";
import { TencentV1Signer } from "../signers/tencent-v1.js";
import { asString, failed, parseJsonBody, randomInteger, type BuildContext, type ProtocolFactory } from "./protocol.js";

export const tencentV2Protocol: ProtocolFactory = (crypto) => {
  const signer = new TencentV1Signer(crypto);
  return {
    defaultPath: "/v2/index.php",
    encode: percentEncode,
    async build({ action, input, credentials, endpoint, region, config, now }: BuildContext): Promise<HttpRequest> {
      const method = config.httpMethod ?? "GET";
      const signatureMethod = config.signatureMethod ?? "HmacSHA256";
      const params = flattenParams(input, 0);
      params.Action = action;
      params.Nonce = config.nonce?.() ?? randomInteger();
      params.Timestamp = String(Math.floor(now / 1000));
      params.SecretId = credentials.secretId;
      params.SignatureMethod = signatureMethod;
      if (region) params.Region = region;
      if (credentials.token) params.Token = credentials.token;
      const { signature } = await signer.sign({
        secretKey: credentials.secretKey,
        method,
        host: endpoint.host,
        path: endpoint.path,
        params,
        signatureMethod,
      });
      params.Signature = signature;
      const query = Object.keys(params)
        .map((k) => percentEncode(k) + "=" + percentEncode(params[k]!))
        .join("&");
      const url = endpoint.origin + endpoint.path;
      if (method === "GET") return { method, url: url + "?" + query, headers: { Host: endpoint.host } };
      return { method, url, headers: { Host: endpoint.host, "Content-Type": "application/x-www-form-urlencoded" }, body: query };
    },

    parse(response, action) {
      const json = parseJsonBody(response, action);
      const code = json.code;
      const requestId = asString(json.requestId) ?? asString(json.RequestId);
      // A present, non-zero code is an error (a body without the envelope is plain data), and so is
      // any status but 2xx, even with a JSON body that says nothing of an error.
      const errorCode = code !== undefined && code !== 0 && code !== "0" ? (asString(code) ?? "UnknownError") : undefined;
      if (errorCode !== undefined || failed(response.status)) {
        const desc = asString(json.codeDesc);
        throw new ServiceError({
          code: desc && desc !== "Success" ? desc : (errorCode ?? "HttpError"),
          message: asString(json.message) || `HTTP ${response.status}`,
          action,
          httpStatus: response.status,
          requestId,
        });
      }
      const { code: _code, message: _message, codeDesc: _codeDesc, ...data } = json;
      return { data, requestId };
    },
  };
};
