// The error answers of the mock, per protocol, checked against the documents' common error tables:
//   API 3.0 签名失败 / 公共错误码  (tencentcloud-cvm-2017-03-12.txt:6916-6926, 7952)
//   V2 返回值 错误码            (tce-vpc.txt:4606-4626, numeric 4000..6200)
//   Alibaba 1.18.4 公共错误码   (aliyun-apsara-ecs-2014-05-26.txt:9699-9753, code, HTTP status)
import { describe, expect, it } from "vitest";
import { parameterMessage, renderError, type MockErrorKind } from "../../generator/mock/errors.ts";
import type { ErrorCode, Service } from "../../generator/spec/types.ts";
import { aliyunSpec, tc3Spec } from "../emit/fixtures/sample-specs.ts";

const RID = "6e3a2b2c-0000-4000-a000-00000000000e";

// Rows of the Alibaba common error table, as the parser records them.
const row = (code: string, httpStatus: number, line: number): ErrorCode => ({ code, description: "", httpStatus, source: { file: "spec/sources/aliyun-apsara-ecs-2014-05-26.txt", line } });
const ecs = (): Pick<Service, "errors" | "endpoint"> => ({
  endpoint: "ecs.aliyuncs.com",
  errors: [
    row("MissingParameter", 400, 9716),
    row("Throttling", 400, 9724),
    row("InvalidAction", 403, 9734),
    row("MissingParameter", 403, 9739),
    row("InvalidInstanceId.NotFound", 404, 9746),
    row("ServiceUnavailable", 500, 9752),
  ],
});

const code = (protocol: "tc3" | "tencent-v2" | "aliyun-rpc", kind: MockErrorKind) => {
  const { status, body } = renderError(protocol, { kind, message: "m" }, RID);
  const b = body as { Response?: { Error: { Code: string } }; code?: number; codeDesc?: string; Code?: string };
  return protocol === "tc3" ? [b.Response!.Error.Code, status] : protocol === "tencent-v2" ? [b.codeDesc, b.code, status] : [b.Code, status];
};

describe("renderError: Tencent API 3.0", () => {
  it("answers HTTP 200 with Response.Error and the RequestId", () => {
    expect(renderError("tc3", { kind: "signature", message: "The provided credentials could not be validated." }, RID)).toEqual({
      status: 200,
      body: { Response: { Error: { Code: "AuthFailure.SignatureFailure", Message: "The provided credentials could not be validated." }, RequestId: RID } },
    });
  });

  it("spells each kind with the documented common code (cvm:6918-6922)", () => {
    const kinds: [MockErrorKind, string][] = [
      ["expired", "AuthFailure.SignatureExpire"], ["secret-id", "AuthFailure.SecretIdNotFound"], ["authorization", "AuthFailure.InvalidAuthorization"],
      ["missing", "MissingParameter"], ["unknown", "UnknownParameter"], ["invalid", "InvalidParameter"], ["invalid-value", "InvalidParameterValue"],
      ["action", "InvalidAction"], ["version", "NoSuchVersion"], ["throttled", "RequestLimitExceeded"], ["custom", "FailedOperation"],
    ];
    for (const [kind, c] of kinds) expect(code("tc3", kind), kind).toEqual([c, 200]);
  });

  it("keeps the 5xx of an injected server failure", () => {
    expect(code("tc3", "internal")).toEqual(["InternalError", 500]);
    expect(code("tc3", "unavailable")).toEqual(["ResourceUnavailable", 503]);
  });

  it("takes the caller's code and status over the kind's", () => {
    const { status, body } = renderError("tc3", { kind: "custom", code: "InvalidZone", status: 502, message: "zone gone" }, RID);
    expect(status).toBe(502);
    expect(body).toEqual({ Response: { Error: { Code: "InvalidZone", Message: "zone gone" }, RequestId: RID } });
  });

  it("answers 200 even where the spec lists the code with an HTTP status", () => {
    const service = { ...tc3Spec(), errors: [{ code: "InvalidZone", description: "", httpStatus: 400 }] };
    expect(renderError("tc3", { kind: "custom", code: "InvalidZone", message: "x" }, RID, service).status).toBe(200);
  });
});

describe("renderError: Tencent V2", () => {
  it("answers HTTP 200 with the numeric code, message and codeDesc, no RequestId", () => {
    expect(renderError("tencent-v2", { kind: "signature", message: "签名鉴权失败" }, RID)).toEqual({
      status: 200,
      body: { code: 4100, message: "签名鉴权失败", codeDesc: "AuthFailure.SignatureFailure" },
    });
  });

  it("uses the numeric common codes of the table (tce-vpc:4606-4626)", () => {
    expect(code("tencent-v2", "missing")).toEqual(["MissingParameter", 4000, 200]); // 4000 请求参数非法
    expect(code("tencent-v2", "invalid-value")).toEqual(["InvalidParameterValue", 4000, 200]);
    expect(code("tencent-v2", "secret-id")).toEqual(["AuthFailure.SecretIdNotFound", 4100, 200]); // 4100 鉴权失败
    expect(code("tencent-v2", "expired")).toEqual(["AuthFailure.SignatureExpire", 4200, 200]); // 4200 请求过期
    expect(code("tencent-v2", "throttled")).toEqual(["RequestLimitExceeded", 4400, 200]); // 4400 超过配额
    expect(code("tencent-v2", "custom")).toEqual(["FailedOperation", 5100, 200]); // 5100 资源操作失败
    expect(code("tencent-v2", "action")).toEqual(["InvalidAction", 6100, 200]); // 6100 版本暂不支持
    expect(code("tencent-v2", "version")).toEqual(["NoSuchVersion", 6100, 200]);
    expect(code("tencent-v2", "internal")).toEqual(["InternalError", 6000, 500]); // 6000 服务器内部错误
    expect(code("tencent-v2", "unavailable")).toEqual(["ResourceUnavailable", 6200, 503]); // 6200 接口暂时无法访问
  });

  it("puts a custom code in codeDesc and keeps the kind's number", () => {
    expect(renderError("tencent-v2", { kind: "custom", code: "InvalidVpcId", status: 409, message: "(100004)vpcId不正确" }, RID)).toEqual({
      status: 409,
      body: { code: 5100, message: "(100004)vpcId不正确", codeDesc: "InvalidVpcId" },
    });
  });
});

describe("renderError: Alibaba RPC", () => {
  it("answers the HTTP status with RequestId, HostId, Code and Message", () => {
    expect(renderError("aliyun-rpc", { kind: "signature", message: "Specified signature is not matched with our calculation." }, RID, aliyunSpec())).toEqual({
      status: 400,
      body: { RequestId: RID, HostId: "ecs.aliyuncs.com", Code: "SignatureDoesNotMatch", Message: "Specified signature is not matched with our calculation." },
    });
  });

  it("names 127.0.0.1 as the host when no spec is known", () => {
    expect(renderError("aliyun-rpc", { kind: "version", message: "m" }, RID).body).toMatchObject({ HostId: "127.0.0.1", Code: "InvalidVersion" });
  });

  it("spells each kind with the 1.18.4 common codes and statuses", () => {
    expect(code("aliyun-rpc", "secret-id")).toEqual(["InvalidAccessKeyId.NotFound", 400]); // 9707
    expect(code("aliyun-rpc", "authorization")).toEqual(["IncompleteSignature", 400]); // 9706
    expect(code("aliyun-rpc", "missing")).toEqual(["MissingParameter", 400]); // 9716
    expect(code("aliyun-rpc", "unknown")).toEqual(["UnsupportedParameter", 400]); // 9725
    expect(code("aliyun-rpc", "invalid")).toEqual(["InvalidParameter", 400]); // 9714
    expect(code("aliyun-rpc", "invalid-value")).toEqual(["InvalidParameter", 400]);
    expect(code("aliyun-rpc", "throttled")).toEqual(["Throttling", 400]); // 9724
    expect(code("aliyun-rpc", "custom")).toEqual(["UnknownError", 400]); // 9726
    expect(code("aliyun-rpc", "action")).toEqual(["InvalidAction", 403]); // 9734
    expect(code("aliyun-rpc", "expired")).toEqual(["InvalidTimeStamp.Expired", 400]);
    expect(code("aliyun-rpc", "internal")).toEqual(["InternalError", 500]);
    expect(code("aliyun-rpc", "unavailable")).toEqual(["ServiceUnavailable", 503]);
  });

  it("answers a code the spec lists with its documented status", () => {
    const notFound = renderError("aliyun-rpc", { kind: "custom", code: "InvalidInstanceId.NotFound", message: "The specified InstanceId does not exist." }, RID, ecs());
    expect(notFound.status).toBe(404); // 9746
    // ServiceUnavailable is documented as 500 (9752), not the default 503.
    expect(renderError("aliyun-rpc", { kind: "unavailable", message: "m" }, RID, ecs()).status).toBe(500);
  });

  it("takes the first row of a code listed with two statuses", () => {
    // MissingParameter 400 (9716) and, for OwnerId/OwnerAccount, 403 (9739).
    expect(renderError("aliyun-rpc", { kind: "missing", message: "m" }, RID, ecs()).status).toBe(400);
  });

  it("lets an explicit status win over the documented one", () => {
    expect(renderError("aliyun-rpc", { kind: "custom", code: "InvalidInstanceId.NotFound", status: 409, message: "m" }, RID, ecs()).status).toBe(409);
  });

  it("falls back to the kind's status for a custom code the spec does not list", () => {
    const answer = renderError("aliyun-rpc", { kind: "custom", code: "InvalidZoneId.NotFound", message: "m" }, RID, ecs());
    expect(answer).toEqual({ status: 400, body: { RequestId: RID, HostId: "ecs.aliyuncs.com", Code: "InvalidZoneId.NotFound", Message: "m" } });
  });
});

describe("parameterMessage", () => {
  it("Alibaba: a missing parameter in the documents' own wording (9716)", () => {
    expect(parameterMessage("aliyun-rpc", "missing", "Action", "")).toBe('The input parameter "Action" that is mandatory for processing this request is not supplied.');
  });

  it("Alibaba: unsupported and invalid parameters, with the detail", () => {
    expect(parameterMessage("aliyun-rpc", "unknown", "Foo", "")).toBe('The parameter "Foo" is unsupported.');
    expect(parameterMessage("aliyun-rpc", "invalid", "Amount", "expected an integer")).toBe('The specified parameter "Amount" is not valid: expected an integer');
    expect(parameterMessage("aliyun-rpc", "invalid-value", "InstanceChargeType", "not one of PrePaid, PostPaid")).toBe(
      'The specified parameter "InstanceChargeType" is not valid: not one of PrePaid, PostPaid',
    );
  });

  it("Tencent (API 3.0 and V2 alike): the name in backticks", () => {
    for (const protocol of ["tc3", "tencent-v2"] as const) {
      expect(parameterMessage(protocol, "missing", "Region", "")).toBe("The request is missing a required parameter `Region`.");
      expect(parameterMessage(protocol, "unknown", "Filters.0.Nam", "")).toBe("The parameter `Filters.0.Nam` is not recognized.");
      expect(parameterMessage(protocol, "invalid", "Limit", "expected an integer")).toBe("The value of parameter `Limit` is not valid: expected an integer");
      expect(parameterMessage(protocol, "invalid-value", "ChargeType", "not one of PREPAID, POSTPAID")).toBe(
        "The value of parameter `ChargeType` is not valid: not one of PREPAID, POSTPAID",
      );
    }
  });
});
