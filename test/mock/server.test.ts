import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectedResult } from "../../generator/emit/fixtures/build.ts";
import { Catalog } from "../../generator/mock/catalog.ts";
import { MockServer, startMockServer } from "../../generator/mock/server.ts";
import type { Service } from "../../generator/spec/types.ts";
import { AliyunRpcSigner, ServiceError, Tc3Signer, percentEncode } from "../../templates/runtime/src/index.node.ts";
import { aliyunSpec, sampleSpecs, tc3Spec, v2Spec } from "../emit/fixtures/sample-specs.ts";
import { clientFor, credentials, startSampleMock } from "./helpers.ts";

let mock: MockServer;
beforeAll(async () => {
  mock = await startSampleMock();
});
afterAll(() => mock.close());

async function rejection(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ServiceError) return e;
    throw e;
  }
  throw new Error("expected the call to fail");
}

const wrongKey = { credentials: { secretId: credentials.secretId, secretKey: "not-the-key" } };
const lastRecord = () => mock.requests[mock.requests.length - 1]!;

describe("mock server: every fixture over real HTTP, per protocol", () => {
  for (const spec of sampleSpecs()) {
    it(`answers each ${spec.protocol} action with its fixture`, async () => {
      const client = clientFor(mock, spec);
      const route = mock.catalog.services.find((s) => s.service.protocol === spec.protocol)!;
      for (const { fixture } of route.actions.values()) {
        for (const c of fixture.cases) {
          const served = MockServer.selectCase(route.actions.get(fixture.action)!, c.request);
          expect(await client.send(fixture.action, c.request)).toEqual(expectedResult(spec.protocol, served.response));
        }
      }
    });
  }

  it("answers the documented case whose request matches, not always the first", async () => {
    const client = clientFor(mock, tc3Spec());
    const second = (await client.send("DescribeThings", { Limit: 1, Offset: 1 })) as { ThingSet: { ThingId: string }[] };
    expect(second.ThingSet[0]!.ThingId).toBe("t-2");
    const other = (await client.send("DescribeThings", { Limit: 7 })) as { ThingSet: { ThingId: string }[] };
    expect(other.ThingSet[0]!.ThingId).toBe("t-1");
  });

  it("matches a documented case when the client filled a client token the example leaves out", () => {
    const route = mock.catalog.services.find((s) => s.service.protocol === "tc3")!;
    const action = route.actions.get("DescribeThings")!;
    const second = action.fixture.cases.find((c) => c.request.Offset === 1)!;
    const withToken = { ...second.request, ClientToken: "0b5c-filled-by-the-client" };
    expect(MockServer.matchingCase(action, withToken, ["ClientToken"])).toBe(second);
    // Without the protocol's token names the extra parameter is a different request.
    expect(MockServer.matchingCase(action, withToken)).toBeUndefined();
  });
});

describe("mock server: signatures", () => {
  it("rejects a TC3 request signed with the wrong key: AuthFailure.SignatureFailure in Response.Error", async () => {
    const e = await rejection(clientFor(mock, tc3Spec(), wrongKey).send("DescribeThings", {}));
    expect(e.code).toBe("AuthFailure.SignatureFailure");
    expect(e.httpStatus).toBe(200);
    expect(e.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lastRecord()).toMatchObject({ protocol: "tc3", spec: "tencentcloud/demo/2020-01-01", action: "DescribeThings", code: "AuthFailure.SignatureFailure" });
  });

  it("rejects a V2 request signed with the wrong key: code 4100 with codeDesc", async () => {
    for (const signatureMethod of ["HmacSHA1", "HmacSHA256"] as const) {
      const e = await rejection(clientFor(mock, v2Spec(), { ...wrongKey, signatureMethod }).send("DescribeVpcEx", {}));
      expect(e.code).toBe("AuthFailure.SignatureFailure");
    }
    const res = await fetch(`${mock.url}/v2/index.php?Action=DescribeVpcEx&SecretId=${credentials.secretId}&Nonce=1&Timestamp=${Math.floor(Date.now() / 1000)}&Signature=AAAA`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ code: 4100, message: expect.any(String), codeDesc: "AuthFailure.SignatureFailure" });
  });

  it("rejects an Alibaba request signed with the wrong key: HTTP 400 SignatureDoesNotMatch with RequestId and HostId", async () => {
    const e = await rejection(clientFor(mock, aliyunSpec(), wrongKey).send("DescribeRegions", {}));
    expect(e.code).toBe("SignatureDoesNotMatch");
    expect(e.httpStatus).toBe(400);
    expect(e.requestId).toBeTruthy();
  });

  it("accepts V2 requests sent as a POST form too", async () => {
    const result = await clientFor(mock, v2Spec(), { httpMethod: "POST" }).send("DeleteVpc", { vpcId: "vpc-1" });
    expect(result).toEqual({});
  });

  it("rejects a timestamp more than five minutes off, per protocol", async () => {
    const past = { now: () => Date.now() - 6 * 60 * 1000 };
    expect((await rejection(clientFor(mock, tc3Spec(), past).send("DescribeThings", {}))).code).toBe("AuthFailure.SignatureExpire");
    expect((await rejection(clientFor(mock, v2Spec(), past).send("DescribeVpcEx", {}))).code).toBe("AuthFailure.SignatureExpire");
    const ali = await rejection(clientFor(mock, aliyunSpec(), past).send("DescribeRegions", {}));
    expect([ali.code, ali.httpStatus]).toEqual(["InvalidTimeStamp.Expired", 400]);
    // Four minutes is inside the window.
    await clientFor(mock, tc3Spec(), { now: () => Date.now() + 4 * 60 * 1000 }).send("DescribeThings", {});
  });

  it("rejects an unknown SecretId / AccessKeyId", async () => {
    const stranger = { credentials: { secretId: "AKIDstranger", secretKey: credentials.secretKey } };
    expect((await rejection(clientFor(mock, tc3Spec(), stranger).send("DescribeThings", {}))).code).toBe("AuthFailure.SecretIdNotFound");
    expect((await rejection(clientFor(mock, aliyunSpec(), stranger).send("DescribeRegions", {}))).code).toBe("InvalidAccessKeyId.NotFound");
  });

  it("serves an Alibaba GET signed by hand, as curl would send it", async () => {
    const params: Record<string, string> = {
      Action: "DescribeRegions",
      Version: "2014-05-26",
      Format: "JSON",
      AccessKeyId: credentials.secretId,
      SignatureMethod: "HMAC-SHA1",
      SignatureVersion: "1.0",
      SignatureNonce: "c0ffee",
      Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    };
    const { canonicalQuery, signature } = await new AliyunRpcSigner().sign({ accessKeySecret: credentials.secretKey, params });
    const res = await fetch(`${mock.url}/?${canonicalQuery}&Signature=${percentEncode(signature)}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(aliyunSpec().actions[0]!.examples[0]!.output);
  });

  it("routes by the package directory in the endpoint's path where two V2 specs share an action", async () => {
    const twin: Service = { ...v2Spec(), provider: "tencentcloud", endpoint: "twin.api.qcloud.com" };
    // A member its table declares: a fixture serves only the declared output.
    twin.actions = twin.actions.map((a) => ({
      ...a,
      output: [...a.output, { name: "twin", type: "boolean", required: false, description: "" }],
      examples: a.examples.map((e) => ({ ...e, output: { ...e.output, twin: true } })),
    }));
    const server = await startMockServer({ catalog: new Catalog([v2Spec(), twin]), credentials });
    try {
      const ask = (endpoint: string) => clientFor({ url: endpoint } as MockServer, v2Spec()).send("DeleteVpc", { vpcId: "vpc-1" });
      expect(await ask(server.url)).toEqual({});
      expect(await ask(`${server.url}/tencentcloud-demo-v2`)).toEqual({ twin: true });
      expect(await ask(`${server.url}/tce-demo-v2`)).toEqual({});
    } finally {
      await server.close();
    }
  });

  it("routes a TC3 request by a Host header that names the documented endpoint", async () => {
    // Two TC3 specs with the same version: only the Host header (or the scope) tells them apart.
    const twin: Service = { ...tc3Spec(), service: "twin", endpoint: "twin.tencentcloudapi.com" };
    const server = await startMockServer({ catalog: new Catalog([tc3Spec(), twin]), credentials });
    try {
      const host = "twin.tencentcloudapi.com";
      const body = JSON.stringify({ Limit: 1, Offset: 1 });
      const timestamp = Math.floor(Date.now() / 1000);
      const headers = { "content-type": "application/json", host, "x-tc-action": "DescribeThings" };
      // Signed for scope service "demo", sent to the twin's host: the host decides, so this fails to route to "demo".
      const signed = await new Tc3Signer().sign({ ...credentials, service: "twin", timestamp, headers, payload: body });
      const { request } = await import("node:http");
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          `${server.url}/`,
          { method: "POST", headers: { ...headers, Authorization: signed.authorization, "X-TC-Version": "2020-01-01", "X-TC-Timestamp": String(timestamp), "X-TC-Region": "ap-guangzhou" } },
          (res) => {
            let text = "";
            res.on("data", (c: Buffer) => (text += c));
            res.on("end", () => resolve({ status: res.statusCode!, body: text }));
          },
        );
        req.on("error", reject);
        req.end(body);
      });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body).Response.ThingSet[0].ThingId).toBe("t-2");
      expect(server.requests[0]).toMatchObject({ spec: "tencentcloud/twin/2020-01-01" });
    } finally {
      await server.close();
    }
  });
});

describe("mock server: parameters", () => {
  it("rejects a missing required parameter with MissingParameter", async () => {
    const e = await rejection(clientFor(mock, tc3Spec()).send("DeleteThings", {}));
    expect([e.code, e.message]).toEqual(["MissingParameter", `MissingParameter: The request is missing a required parameter \`ThingIds\`. (RequestId: ${e.requestId})`]);
    const v2 = await rejection(clientFor(mock, v2Spec()).send("DeleteVpc", {}));
    expect(v2.code).toBe("MissingParameter");
    const ali = await rejection(clientFor(mock, aliyunSpec()).send("StartInstance", {}));
    expect([ali.code, ali.httpStatus, ali.message]).toEqual([
      "MissingParameter",
      400,
      `MissingParameter: The input parameter "InstanceId" that is mandatory for processing this request is not supplied. (RequestId: ${ali.requestId})`,
    ]);
  });

  it("rejects an unknown parameter with UnknownParameter (Tencent) / UnsupportedParameter (Alibaba)", async () => {
    expect((await rejection(clientFor(mock, tc3Spec()).send("DescribeThings", { Bogus: 1 }))).code).toBe("UnknownParameter");
    expect((await rejection(clientFor(mock, v2Spec()).send("DescribeVpcEx", { bogus: "1" }))).code).toBe("UnknownParameter");
    expect((await rejection(clientFor(mock, aliyunSpec()).send("StartInstance", { InstanceId: "i-1", Bogus: "1" }))).code).toBe("UnsupportedParameter");
  });

  it("rejects a wrongly typed value, naming its path, and a value outside a closed enumeration", async () => {
    const e = await rejection(clientFor(mock, tc3Spec()).send("DescribeThings", { Filters: [{ Name: "zone", Values: [3] }] }));
    expect(e.code).toBe("InvalidParameter");
    expect(e.message).toContain("Filters[0].Values[0]");
    const v2 = await rejection(clientFor(mock, v2Spec()).send("DescribeVpcEx", { limit: "ten" }));
    expect(v2.code).toBe("InvalidParameter");
    const en = await rejection(clientFor(mock, tc3Spec()).send("RunThing", { ChargeType: "SPOT", Placement: { Zone: "z" } }));
    expect(en.code).toBe("InvalidParameterValue");
  });

  it("reads Alibaba's 1-based repeat lists and TC3's required region", async () => {
    await clientFor(mock, aliyunSpec()).send("StartInstance", { InstanceId: "i-1", Tag: [{ Key: "a", Value: "b" }, { Key: "c" }] });
    const e = await rejection(clientFor(mock, tc3Spec(), { region: undefined }).send("DescribeThings", {}));
    expect([e.code, e.message]).toEqual(["MissingParameter", `MissingParameter: The request is missing a required parameter \`Region\`. (RequestId: ${e.requestId})`]);
  });

  it("answers an unknown action or version in the protocol's shape", async () => {
    expect((await rejection(clientFor(mock, tc3Spec()).send("NoSuchAction", {}))).code).toBe("InvalidAction");
    const other = { ...tc3Spec(), version: "1999-01-01" };
    expect((await rejection(clientFor(mock, other).send("DescribeThings", {}))).code).toBe("NoSuchVersion");
    const ali = await rejection(clientFor(mock, aliyunSpec()).send("NoSuchAction", {}));
    expect([ali.code, ali.httpStatus]).toEqual(["InvalidAction", 403]);
  });
});

describe("mock server: without signature checks (--no-verify)", () => {
  it("accepts unsigned requests but still checks parameters", async () => {
    const open = await startMockServer({ catalog: new Catalog(sampleSpecs()), verify: false });
    try {
      const ok = await fetch(`${open.url}/?Action=DescribeRegions&Version=2014-05-26&AccessKeyId=x`);
      expect(await ok.json()).toMatchObject({ RequestId: "611CB80C-B6A9-43DB-9E38-0B0AC3D9B58F" });
      const bad = await fetch(`${open.url}/?Action=StartInstance&Version=2014-05-26&AccessKeyId=x`);
      expect([bad.status, (await bad.json()).Code]).toEqual([400, "MissingParameter"]);
    } finally {
      await open.close();
    }
  });

  it("refuses to start verifying with no credentials", () => {
    expect(() => new MockServer({ catalog: new Catalog(sampleSpecs()) })).toThrow(/no credentials/);
  });
});

describe("mock server: control endpoints", () => {
  it("reports health, and lists and clears the requests it answered", async () => {
    const health = await (await fetch(`${mock.url}/__mock/health`)).json();
    expect(health).toEqual({ ok: true, specs: ["aliyun/ecs/2014-05-26", "tce/demo/v2", "tencentcloud/demo/2020-01-01"], actions: 8 });
    await fetch(`${mock.url}/__mock/requests`, { method: "DELETE" });
    await clientFor(mock, v2Spec()).send("DeleteVpc", { vpcId: "v" });
    const log = await (await fetch(`${mock.url}/__mock/requests`)).json();
    expect(log).toEqual([
      {
        method: "GET",
        path: "/v2/index.php",
        protocol: "tencent-v2",
        action: "DeleteVpc",
        spec: "tce/demo/v2",
        status: 200,
        // Every parameter as decoded; the SecretId and the signature redacted, the secret key never sent.
        params: { Action: "DeleteVpc", vpcId: "v", Region: "ap-guangzhou", SecretId: "[redacted]", Nonce: expect.any(String), Timestamp: expect.any(String), Signature: "[redacted]", SignatureMethod: expect.any(String) },
      },
    ]);
    expect(JSON.stringify(log)).not.toContain(credentials.secretKey);
    expect(JSON.stringify(log)).not.toContain(credentials.secretId);
    // A TC3 JSON body is logged as sent, nested.
    await clientFor(mock, tc3Spec()).send("DescribeThings", { Filters: [{ Name: "zone", Values: ["z 1"] }] });
    expect(lastRecord().params).toEqual({ Filters: [{ Name: "zone", Values: ["z 1"] }] });
    expect((await fetch(`${mock.url}/__mock/nothing`)).status).toBe(404);
  });
});
