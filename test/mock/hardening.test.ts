// The mock against hostile and malformed requests (issue 14, items 1 and 7): parameter names that
// would write through an object's prototype, a bounded request log, and every error reply in the
// provider's own shape.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Catalog } from "../../generator/mock/catalog.ts";
import { startMockServer, type MockServer } from "../../generator/mock/server.ts";
import { sampleSpecs, tc3Spec, v2Spec } from "../emit/fixtures/sample-specs.ts";
import { clientFor } from "./helpers.ts";

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
