// The documents' worked signing examples, step by step, on both hashing back ends (node:crypto and
// WebCrypto), then property tests against the official libraries on random input.
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { emitRuntime, type EmittedRuntime } from "./emitted-runtime.ts";

const require = createRequire(import.meta.url);
const Sign = (require("tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js") as { default: OfficialSign }).default;
const { AbstractClient } = require("tencentcloud-sdk-nodejs-common/tencentcloud/common/abstract_client.js") as {
  AbstractClient: { prototype: { formatSignString(this: unknown, params: Record<string, string>): string } };
};
const OpenApiUtil = (require("@alicloud/openapi-util") as { default: { getRPCSignature(p: object, method: string, secret: string): string } }).default;

interface OfficialSign {
  sign(secretKey: string, signStr: string, method: "HmacSHA1" | "HmacSHA256"): string;
  sign3(args: {
    method: string;
    url: string;
    payload: unknown;
    timestamp: number;
    service: string;
    secretId: string;
    secretKey: string;
    headers: Record<string, string>;
  }): string;
}

let rt: EmittedRuntime;
beforeAll(async () => {
  rt = await emitRuntime();
});
afterAll(() => rt?.cleanup());

const MASKED_ID = "AKID" + "*".repeat(32); // the documents' masked SecretId, used literally
const MASKED_KEY = "*".repeat(32); // the documents' masked SecretKey: their numbers were computed with it
const EXAMPLE_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
const EXAMPLE_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";

describe.each(["node", "web"] as const)("worked examples from the documents (%s crypto)", (backend) => {
  const runtime = () => (backend === "node" ? rt.node : rt.web);

  it("TC3 POST DescribeInstances: every printed intermediate value", async () => {
    const signer = new (runtime().Tc3Signer)();
    // tencentcloud-cvm-2017-03-12.txt:4834-4836 (curl -d body, \u escapes as printed)
    const payload = '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}';
    const result = await signer.sign({
      secretId: MASKED_ID,
      secretKey: MASKED_KEY,
      service: "cvm",
      timestamp: 1551113065,
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8", host: "cvm.tencentcloudapi.com", "x-tc-action": "DescribeInstances" },
      payload,
    });
    // tencentcloud-cvm-2017-03-12.txt:4927 (HashedRequestPayload)
    expect(result.hashedPayload).toBe("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
    // tencentcloud-cvm-2017-03-12.txt:4931-4943 (canonical request; blank lines restored from the pseudo-code)
    expect(result.canonicalRequest).toBe(
      "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\nx-tc-action:describeinstances\n\n" +
        "content-type;host;x-tc-action\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064",
    );
    // tencentcloud-cvm-2017-03-12.txt:4979 and 4995-5001 (hash of the canonical request, string to sign)
    expect(result.hashedCanonicalRequest).toBe("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84");
    expect(result.stringToSign).toBe(
      "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84",
    );
    // tencentcloud-cvm-2017-03-12.txt:5016/5018/5020 (SecretDate, SecretService, SecretSigning)
    const keys = await rt.node.deriveTc3Keys(rt.node.nodeCrypto, MASKED_KEY, "2019-02-25", "cvm");
    expect(rt.node.toHex(keys.secretDate)).toBe("da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0");
    expect(rt.node.toHex(keys.secretService)).toBe("8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f");
    expect(rt.node.toHex(keys.secretSigning)).toBe("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af");
    // tencentcloud-cvm-2017-03-12.txt:5038 (Signature) and 5068-5070 (Authorization, joined where the page wraps it)
    expect(result.signature).toBe("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");
    expect(result.authorization).toBe(
      `TC3-HMAC-SHA256 Credential=${MASKED_ID}/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, ` +
        "Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f",
    );
    // The same values are printed in the ECM and Lighthouse documents (tencentcloud-ecm-2019-07-19.txt:3523-3634).
    const again = await signer.sign({ ...{ secretId: MASKED_ID, secretKey: MASKED_KEY, service: "cvm", timestamp: 1551113065 }, headers: { "content-type": "application/json; charset=utf-8", host: "cvm.tencentcloudapi.com", "x-tc-action": "DescribeInstances" }, payload });
    expect(again.signature).toBe(result.signature); // second call uses the cached derived key
  });

  it("TC3 GET ?Limit=10&Offset=0 with the public EXAMPLE key", async () => {
    const signer = new (runtime().Tc3Signer)();
    const result = await signer.sign({
      secretId: EXAMPLE_ID,
      secretKey: EXAMPLE_KEY,
      service: "cvm",
      timestamp: 1539084154,
      method: "GET",
      query: "Limit=10&Offset=0",
      headers: { "content-type": "application/x-www-form-urlencoded", host: "cvm.tencentcloudapi.com" },
    });
    // tencentcloud-cvm-2017-03-12.txt:4532, tencentcloud-ecm-2019-07-19.txt:3171, tce-vpc.txt:14012
    expect(result.signature).toBe("5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474");
    expect(result.credentialScope).toBe("2018-10-09/cvm/tc3_request");
    expect(result.signedHeaders).toBe("content-type;host");
  });

  it("TCE TC3 GET example: the document's hashes lost an 'f' and its signature belongs to the public host (document errors)", async () => {
    const signer = new (runtime().Tc3Signer)();
    const base = { secretId: EXAMPLE_ID, secretKey: EXAMPLE_KEY, service: "cvm", timestamp: 1539084154, method: "GET" as const, query: "Limit=10&Offset=0" };
    const tce = await signer.sign({ ...base, headers: { "content-type": "application/x-www-form-urlencoded", host: "cvm.finance.cloud.tencent.com" } });
    const pub = await signer.sign({ ...base, headers: { "content-type": "application/x-www-form-urlencoded", host: "cvm.tencentcloudapi.com" } });
    // tce-vpc.txt:13918-13925: canonical request as printed, except the payload hash
    expect(tce.canonicalRequest.split("\n").slice(0, 7).join("\n")).toBe(
      "GET\n/\nLimit=10&Offset=0\ncontent-type:application/x-www-form-urlencoded\nhost:cvm.finance.cloud.tencent.com\n\ncontent-type;host",
    );
    // tce-vpc.txt:13925 prints 63 hex digits; the SHA-256 of "" has an 'f' after "...149afb".
    const printedEmptyHash = "e3b0c44298fc1c149afb4c8996fb92427ae41e4649b934ca495991b7852b855";
    expect(printedEmptyHash).toHaveLength(63);
    expect(tce.hashedPayload).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    // tce-vpc.txt:13956 prints the public host's canonical-request hash, again missing an 'f'.
    const printedHash = "91c9c192c14460df6c1ffc69e34e6c5e90708de2a6d282ccc957dbf1aa7f3a7";
    expect(pub.hashedCanonicalRequest).toBe("91c9c192c14460df6c1ffc69e34e6c5e90708de2a6d282cccf957dbf1aa7f3a7");
    expect(tce.hashedCanonicalRequest).not.toBe(printedHash);
    // tce-vpc.txt:14012: the printed signature is the public host's, not the TCE host's.
    expect(pub.signature).toBe("5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474");
    expect(tce.signature).not.toBe(pub.signature);
  });

  it("v1 HmacSHA1 DescribeInstances with the masked keys", async () => {
    const signer = new (runtime().TencentV1Signer)();
    // tencentcloud-cvm-2017-03-12.txt:7040-7060 (parameter table)
    const params = {
      Action: "DescribeInstances",
      SecretId: MASKED_ID,
      Timestamp: "1465185768",
      Nonce: "11886",
      Region: "ap-guangzhou",
      "InstanceIds.0": "ins-09dx96dg",
      Offset: "0",
      Limit: "20",
      Version: "2017-03-12",
    };
    const result = await signer.sign({ secretKey: MASKED_KEY, method: "GET", host: "cvm.tencentcloudapi.com", path: "/", params, signatureMethod: "HmacSHA1" });
    // tencentcloud-cvm-2017-03-12.txt:7090-7092 (string to sign, joined where the page wraps it)
    expect(result.stringToSign).toBe(
      "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0&Region=ap-guangzhou" +
        `&SecretId=${MASKED_ID}&Timestamp=1465185768&Version=2017-03-12`,
    );
    // tencentcloud-cvm-2017-03-12.txt:7113
    expect(result.signature).toBe("7RAM2xfNMO9EiVTNmPg06MRnCvQ=");
  });

  it("TCE v1 HmacSHA1 example: inputs reproduce, the printed signature is the public cloud's (document error)", async () => {
    const signer = new (runtime().TencentV1Signer)();
    // tce-vpc.txt:13625 (parameters), EXAMPLE keys as printed
    const params = (region: string) => ({
      Action: "DescribeInstances",
      "InstanceIds.0": "ins-09dx96dg",
      Limit: "20",
      Nonce: "11886",
      Offset: "0",
      Region: region,
      SecretId: EXAMPLE_ID,
      Timestamp: "1465185768",
      Version: "2017-03-12",
    });
    const documented = await signer.sign({ secretKey: EXAMPLE_KEY, host: "cvm.finance.cloud.tencent.com", params: params("shjr"), signatureMethod: "HmacSHA1" });
    // tce-vpc.txt:13680 (string to sign), reproduced exactly
    expect(documented.stringToSign).toBe(
      "GETcvm.finance.cloud.tencent.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0&Region=shjr" +
        `&SecretId=${EXAMPLE_ID}&Timestamp=1465185768&Version=2017-03-12`,
    );
    // tce-vpc.txt:13697 prints EliP9YW3pW28FpsEdkXt/+WcGeI=, which this string does not sign to
    // (the official library agrees): the TCE document kept the public cloud's output.
    expect(documented.signature).toBe("8UAj5grJNx3uGNuyi0M6Gd1f5gY=");
    expect(Sign.sign(EXAMPLE_KEY, documented.stringToSign, "HmacSHA1")).toBe(documented.signature);
    expect(documented.signature).not.toBe("EliP9YW3pW28FpsEdkXt/+WcGeI=");
    const publicCloud = await signer.sign({ secretKey: EXAMPLE_KEY, host: "cvm.tencentcloudapi.com", params: params("ap-guangzhou"), signatureMethod: "HmacSHA1" });
    expect(publicCloud.signature).toBe("EliP9YW3pW28FpsEdkXt/+WcGeI=");
  });

  it("Alibaba RPC DescribeRegions with testid/testsecret, nonce tail reconstructed", async () => {
    const signer = new (runtime().AliyunRpcSigner)();
    // aliyun-apsara-ecs-2014-05-26.txt:555 (URL); the parameter is spelled TimeStamp there. The nonce's
    // masked tail is "d6cf" (Alibaba's public example), see shared notes signing-vectors.md.
    const params = {
      TimeStamp: "2016-02-23T12:46:24Z",
      Format: "XML",
      AccessKeyId: "testid",
      Action: "DescribeRegions",
      SignatureMethod: "HMAC-SHA1",
      SignatureNonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
      Version: "2014-05-26",
      SignatureVersion: "1.0",
    };
    const result = await signer.sign({ accessKeySecret: "testsecret", params });
    // aliyun-apsara-ecs-2014-05-26.txt:561 (string to sign), identical outside the masked nonce
    const printed =
      "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82f****%26SignatureVersion%3D1.0%26TimeStamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26";
    expect(result.stringToSign).toBe(printed.replace("****", "d6cf"));
    // aliyun-apsara-ecs-2014-05-26.txt:570 prints CT9X0VtwR86fNWSnsc6v8YGO**** (24 characters unmasked)
    expect(result.signature).toBe("CT9X0VtwR86fNWSnsc6v8YGOjuE=");
    expect(result.signature.startsWith("CT9X0VtwR86fNWSnsc6v8YGO")).toBe(true);
  });
});

// Random text with Chinese, emoji, spaces and URL-special characters.
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("未命名", "实例 名称/测试", "a+b=c&d", "~!*'()% ;:@", "", " 空格 ", "100%", "😀"),
);
const paramName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9.]{0,12}$/);

describe("signatures equal the official libraries' on random input", () => {
  it("TC3 vs tencentcloud-sdk-nodejs-common Sign.sign3 (content-type;host)", async () => {
    const signer = new rt.node.Tc3Signer();
    const webSigner = new rt.web.Tc3Signer();
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          secretId: fc.string({ minLength: 1, maxLength: 40 }),
          secretKey: fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
          service: fc.stringMatching(/^[a-z]{2,10}$/),
          host: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}\.[a-z]{2,10}\.com$/),
          timestamp: fc.integer({ min: 0, max: 4102444800 }),
          payload: text,
          contentType: fc.constantFrom("application/json", "application/json; charset=utf-8", "application/x-www-form-urlencoded"),
        }),
        async (c) => {
          const official = Sign.sign3({
            method: "POST",
            url: `https://${c.host}/`,
            payload: Buffer.from(c.payload, "utf8"),
            timestamp: c.timestamp,
            service: c.service,
            secretId: c.secretId,
            secretKey: c.secretKey,
            headers: { "Content-Type": c.contentType },
          });
          const input = { ...c, method: "POST" as const, headers: { "content-type": c.contentType, host: c.host } };
          expect((await signer.sign(input)).authorization).toBe(official);
          expect((await webSigner.sign(input)).authorization).toBe(official);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("TC3 GET with a query vs Sign.sign3", async () => {
    const signer = new rt.node.Tc3Signer();
    await fc.assert(
      fc.asyncProperty(fc.dictionary(paramName, text, { maxKeys: 5 }), fc.integer({ min: 0, max: 4102444800 }), async (params, timestamp) => {
        const query = Object.entries(params)
          .map(([k, v]) => `${k}=${rt.node.percentEncode(v)}`)
          .join("&");
        const url = `https://cvm.tencentcloudapi.com/${query ? "?" + query : ""}`;
        const official = Sign.sign3({
          method: "GET",
          url,
          payload: "",
          timestamp,
          service: "cvm",
          secretId: "AKIDx",
          secretKey: "secret",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
        });
        const ours = await signer.sign({
          secretId: "AKIDx",
          secretKey: "secret",
          service: "cvm",
          timestamp,
          method: "GET",
          query: new URL(url).search.slice(1),
          headers: { "content-type": "application/x-www-form-urlencoded", host: "cvm.tencentcloudapi.com" },
        });
        expect(ours.authorization).toBe(official);
      }),
      { numRuns: 100 },
    );
  });

  it("Tencent v1 vs Sign.sign and AbstractClient.formatSignString, HmacSHA1 and HmacSHA256", async () => {
    const signer = new rt.node.TencentV1Signer();
    const webSigner = new rt.web.TencentV1Signer();
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(paramName, text, { minKeys: 1, maxKeys: 8 }),
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
        fc.constantFrom("HmacSHA1", "HmacSHA256") as fc.Arbitrary<"HmacSHA1" | "HmacSHA256">,
        fc.constantFrom("GET", "POST") as fc.Arbitrary<"GET" | "POST">,
        async (params, secretKey, signatureMethod, method) => {
          const fakeClient = { profile: { httpProfile: { reqMethod: method } }, endpoint: "vpc.api.qcloud.com", path: "/v2/index.php" };
          const officialString = AbstractClient.prototype.formatSignString.call(fakeClient, { ...params });
          const input = { secretKey, method, host: "vpc.api.qcloud.com", path: "/v2/index.php", params, signatureMethod };
          const ours = await signer.sign(input);
          expect(ours.stringToSign).toBe(officialString);
          expect(ours.signature).toBe(Sign.sign(secretKey, officialString, signatureMethod));
          expect((await webSigner.sign(input)).signature).toBe(ours.signature);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("Alibaba RPC vs @alicloud/openapi-util getRPCSignature, nested RepeatList input included", async () => {
    const signer = new rt.node.AliyunRpcSigner();
    const webSigner = new rt.web.AliyunRpcSigner();
    const leaf = fc.oneof(text, fc.integer(), fc.boolean());
    const input = fc.dictionary(
      fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,10}$/),
      fc.oneof(leaf, fc.array(leaf, { maxLength: 12 }), fc.array(fc.dictionary(fc.stringMatching(/^[A-Z][a-z]{0,6}$/), leaf, { maxKeys: 3 }), { maxLength: 3 })),
      { minKeys: 1, maxKeys: 6 },
    );
    await fc.assert(
      fc.asyncProperty(input, fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }), async (params, secret) => {
        // fast-check builds null-prototype objects, which the official library cannot walk: give it plain ones.
        const official = OpenApiUtil.getRPCSignature(JSON.parse(JSON.stringify(params)), "GET", secret);
        const flat = rt.node.flattenParams(params, 1);
        expect((await signer.sign({ accessKeySecret: secret, params: flat })).signature).toBe(official);
        expect((await webSigner.sign({ accessKeySecret: secret, params: flat })).signature).toBe(official);
      }),
      { numRuns: 200 },
    );
  });
});
