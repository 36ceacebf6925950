// The mock against hostile and malformed requests (issue 14, items 1 and 7): parameter names that
// would write through an object's prototype, a bounded request log, and every error reply in the
// provider's own shape.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Catalog } from "../../generator/mock/catalog.ts";
import { isSecretName, redactSecrets } from "../../generator/mock/redact.ts";
import { RequestLog } from "../../generator/mock/request-log.ts";
import { DEFAULT_REQUEST_LOG_SIZE, startMockServer, type MockServer } from "../../generator/mock/server.ts";
import { sampleSpecs, tc3Spec, v2Spec } from "../emit/fixtures/sample-specs.ts";
import { clientFor, credentials, startSampleMock } from "./helpers.ts";

let open: MockServer;
beforeAll(async () => {
  open = await startMockServer({ catalog: new Catalog(sampleSpecs()), verify: false });
});
afterAll(() => open.close());

const aliyunGet = (extra: string) => fetch(`${open.url}/?Action=DescribeRegions&Version=2014-05-26&AccessKeyId=x${extra}`);

describe("mock server: prototype keys in a request", () => {
  it("answers __proto__ / constructor / prototype keys with InvalidParameter, and later requests still work", async () => {
    const hostile = await aliyunGet("&__proto__.AccessKeyId=x");
    expect(hostile.status).toBe(400);
    expect(await hostile.json()).toMatchObject({ Code: "InvalidParameter", Message: expect.stringContaining("__proto__.AccessKeyId"), RequestId: expect.any(String) });
    const v2 = await fetch(`${open.url}/v2/index.php?Action=DescribeVpcEx&constructor.prototype.SecretId=x`);
    expect([v2.status, await v2.json()]).toEqual([200, { code: 4000, message: expect.stringContaining("constructor.prototype.SecretId"), codeDesc: "InvalidParameter" }]);
    const bare = await fetch(`${open.url}/v2/index.php?Action=DescribeVpcEx&__proto__=x`);
    expect((await bare.json()).codeDesc).toBe("InvalidParameter");
    // A JSON body with a __proto__ member, nested.
    const tc3 = clientFor(open, tc3Spec());
    await expect(tc3.send("DescribeThings", JSON.parse('{"Filters":[{"Name":"a","Values":["b"],"__proto__":{"Limit":1}}]}'))).rejects.toMatchObject({ code: "InvalidParameter" });

    expect(({} as Record<string, unknown>).AccessKeyId).toBeUndefined();
    expect(({} as Record<string, unknown>).SecretId).toBeUndefined();
    // The next normal requests of every protocol are routed and answered as before.
    expect(await clientFor(open, v2Spec()).send("DeleteVpc", { vpcId: "vpc-1" })).toEqual({});
    expect(await tc3.send("DescribeThings", { Limit: 1, Offset: 1 })).toMatchObject({ TotalCount: 2 });
    const ok = await aliyunGet("");
    expect([ok.status, (await ok.json()).RequestId]).toEqual([200, "611CB80C-B6A9-43DB-9E38-0B0AC3D9B58F"]);
    expect(open.requests.slice(0, 4).map((r) => r.code)).toEqual(["InvalidParameter", "InvalidParameter", "InvalidParameter", "InvalidParameter"]);
  });
});

describe("mock server: request log bounded in bytes", () => {
  it("drops the oldest records once their JSON passes maxBytes, whatever their number", () => {
    const log = new RequestLog<{ n: number; pad: string }>(1000, 1000);
    for (let n = 0; n < 50; n++) log.push({ n, pad: "x".repeat(180) });
    expect(log.bytes).toBeLessThanOrEqual(1000);
    const kept = log.toArray().map((r) => r.n);
    expect(kept.length).toBe(Math.floor(1000 / Buffer.byteLength(JSON.stringify({ n: 10, pad: "x".repeat(180) }))));
    expect(kept.at(-1)).toBe(49);
    expect(kept).toEqual(kept.map((_, i) => 50 - kept.length + i));
    // One record over the bound is still kept (the newest always is), alone.
    log.push({ n: 99, pad: "y".repeat(5000) });
    expect(log.toArray().map((r) => r.n)).toEqual([99]);
    log.clear();
    expect([log.size, log.bytes]).toEqual([0, 0]);
    expect(() => new RequestLog(5, 0)).toThrow(/byte limit/);
  });

  it("a server fed large unsigned requests keeps its log under requestLogBytes", async () => {
    const small = await startMockServer({ catalog: new Catalog(sampleSpecs()), verify: false, requestLogBytes: 20_000 });
    try {
      const big = "v".repeat(6000);
      for (let i = 0; i < 20; i++) await fetch(`${small.url}/v2/index.php?Action=DescribeVpcEx&offset=${i}&vpcName=${big}`);
      const bytes = Buffer.byteLength(JSON.stringify(small.requests));
      expect(bytes).toBeLessThanOrEqual(20_000);
      expect(small.requests.length).toBeGreaterThan(0);
      expect(small.requests.at(-1)!.params!.offset).toBe("19");
    } finally {
      await small.close();
    }
  });
});

describe("mock server: parameters logged after authentication, secrets redacted", () => {
  it("names that mark a secret", () => {
    for (const name of ["Password", "LoginPassword", "password", "SecretId", "SecretKey", "X-TC-Token", "Token", "AccessKeyId", "KeyIds", "Signature", "db_passwd", "Credential"]) expect([name, isSecretName(name)]).toEqual([name, true]);
    for (const name of ["Offset", "Limit", "InstanceName", "Keyword", "Monkey", "Region", "NextTokenizer"]) expect([name, isSecretName(name)]).toEqual([name, false]);
    expect(redactSecrets({ A: 1, LoginSettings: { Password: "hunter2", KeyIds: ["k"] }, List: [{ Token: "t", Name: "n" }] })).toEqual({
      A: 1,
      LoginSettings: { Password: "[redacted]", KeyIds: "[redacted]" },
      List: [{ Token: "[redacted]", Name: "n" }],
    });
  });

  it("a request that fails authentication is logged without its parameters; one that passes, with secrets redacted", async () => {
    const mock = await startSampleMock();
    try {
      const wrongKey = { credentials: { secretId: credentials.secretId, secretKey: "not-the-key" } };
      const input = { Limit: 1, LoginSettings: { Password: "hunter2" } };
      await clientFor(mock, tc3Spec(), wrongKey).send("DescribeThings", input).catch(() => undefined);
      await clientFor(mock, tc3Spec()).send("DescribeThings", input).catch(() => undefined);
      const [refused, accepted] = mock.requests;
      expect(refused).toMatchObject({ action: "DescribeThings", code: "AuthFailure.SignatureFailure" });
      expect(refused!.params).toBeUndefined();
      expect(accepted!.params).toEqual({ Limit: 1, LoginSettings: { Password: "[redacted]" } });
      const served = await (await fetch(`${mock.url}/__mock/requests`)).text();
      expect(served).not.toContain("hunter2");
    } finally {
      await mock.close();
    }
  });
});

describe("mock server: bounded request log", () => {
  it("keeps only the latest requestLogSize records, oldest dropped first", async () => {
    const small = await startMockServer({ catalog: new Catalog(sampleSpecs()), verify: false, requestLogSize: 5 });
    try {
      for (let i = 0; i < 12; i++) {
        await fetch(`${small.url}/v2/index.php?Action=DescribeVpcEx&offset=${i}`);
        expect(small.requests.length).toBeLessThanOrEqual(5);
      }
      const log = (await (await fetch(`${small.url}/__mock/requests`)).json()) as { params: { offset: string } }[];
      expect(log.map((r) => r.params.offset)).toEqual(["7", "8", "9", "10", "11"]);
      small.clearRequests();
      expect(small.requests).toEqual([]);
    } finally {
      await small.close();
    }
    expect(() => new RequestLog(0)).toThrow(/positive integer/);
  });

  it("keeps the default bound of 1000 under more requests than that", async () => {
    const log = new RequestLog<number>(DEFAULT_REQUEST_LOG_SIZE);
    for (let i = 0; i < 2500; i++) log.push(i);
    expect(log.size).toBe(1000);
    expect(log.toArray()[0]).toBe(1500);
    expect(log.toArray().at(-1)).toBe(2499);
  });
});

describe("mock server: every error reply in the provider's shape", () => {
  it("a malformed percent-escape: InvalidParameter, per protocol", async () => {
    const ali = await aliyunGet("&RegionId=%zz");
    expect([ali.status, ali.headers.get("content-type")]).toEqual([400, "application/json; charset=utf-8"]);
    expect(await ali.json()).toMatchObject({ Code: "InvalidParameter", Message: expect.stringContaining("%zz"), RequestId: expect.any(String), HostId: expect.any(String) });
    const v2 = await fetch(`${open.url}/v2/index.php?Action=DescribeVpcEx&vpcName=%E4%B8`);
    expect([v2.status, await v2.json()]).toEqual([200, { code: 4000, message: expect.stringContaining("%E4%B8"), codeDesc: "InvalidParameter" }]);
    const tc3 = await fetch(`${open.url}/?Action=DescribeThings&Version=2020-01-01&Region=ap-guangzhou&Limit=%G1`);
    expect([tc3.status, (await tc3.json()).Response.Error.Code]).toEqual([200, "InvalidParameter"]);
    // In the path, where a package directory would be: not a package, routed as usual.
    const path = await fetch(`${open.url}/%zz/v2/index.php?Action=DescribeVpcEx`);
    expect([path.status, (await path.json()).code]).toEqual([200, 0]);
  });

  it("a body over the limit: RequestSizeLimitExceeded (Tencent), HTTP 413 InvalidParameter (Alibaba)", async () => {
    const tiny = await startMockServer({ catalog: new Catalog(sampleSpecs()), verify: false, maxBodyBytes: 64 });
    try {
      const big = "x".repeat(200);
      const post = (path: string, headers: Record<string, string>, body: string) => fetch(`${tiny.url}${path}`, { method: "POST", headers, body });
      const tc3 = await post("/", { "content-type": "application/json", "x-tc-action": "DescribeThings", "x-tc-version": "2020-01-01" }, JSON.stringify({ Limit: big }));
      expect([tc3.status, (await tc3.json()).Response]).toEqual([200, { Error: { Code: "RequestSizeLimitExceeded", Message: expect.stringContaining("over the limit of 64 bytes") }, RequestId: expect.any(String) }]);
      const v2 = await post("/v2/index.php", { "content-type": "application/x-www-form-urlencoded" }, `Action=DescribeVpcEx&vpcName=${big}`);
      expect([v2.status, await v2.json()]).toEqual([200, { code: 4000, message: expect.any(String), codeDesc: "RequestSizeLimitExceeded" }]);
      const ali = await post("/", { "content-type": "application/x-www-form-urlencoded" }, `Action=DescribeRegions&AccessKeyId=x&Version=2014-05-26&RegionId=${big}`);
      expect([ali.status, (await ali.json()).Code]).toEqual([413, "InvalidParameter"]);
      expect(tiny.requests.map((r) => [r.protocol, r.status, r.code])).toEqual([
        ["tc3", 200, "RequestSizeLimitExceeded"],
        ["tencent-v2", 200, "RequestSizeLimitExceeded"],
        ["aliyun-rpc", 413, "InvalidParameter"],
      ]);
    } finally {
      await tiny.close();
    }
  });

  it("an unknown X-Mock-Fault: InvalidParameter in the request's protocol, naming the fault", async () => {
    const v2 = await fetch(`${open.url}/v2/index.php?Action=DescribeVpcEx`, { headers: { "x-mock-fault": "explode" } });
    expect([v2.status, await v2.json()]).toEqual([200, { code: 4000, message: expect.stringContaining('unknown fault "explode"'), codeDesc: "InvalidParameter" }]);
    const ali = await (fetch(`${open.url}/?Action=DescribeRegions&Version=2014-05-26&AccessKeyId=x`, { headers: { "x-mock-fault": "status=9000" } }));
    expect([ali.status, (await ali.json()).Code]).toEqual([400, "InvalidParameter"]);
    const tc3 = await clientFor(open, tc3Spec(), { hooks: { beforeRequest: (c) => void (c.request.headers["X-Mock-Fault"] = "explode") } }).send("DescribeThings", {}).catch((e: unknown) => e);
    expect(tc3).toMatchObject({ code: "InvalidParameter", httpStatus: 200 });
  });
});
