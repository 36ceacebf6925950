// The official Tencent SDK (tencentcloud-sdk-nodejs-cvm and -common's generic client) pointed at the
// mock by endpoint alone. It derives the TC3 scope's service from the endpoint's first host label,
// so against 127.0.0.1:PORT it signs for service "127": the mock routes by action and X-TC-Version
// and checks the signature with the scope the SDK used (issue 15, item 5).
import { join } from "node:path";
import tencentcloud from "tencentcloud-sdk-nodejs-cvm";
import { CommonClient } from "tencentcloud-sdk-nodejs-common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Catalog } from "../../generator/mock/catalog.ts";
import { startMockServer, type MockServer } from "../../generator/mock/server.ts";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { credentials } from "./helpers.ts";

// Every committed spec, so that routing has to pick CVM among the API 3.0 specs of the same version.
const catalog = Catalog.fromSpecDir(join(REPO_ROOT, "spec"));
const cvm = catalog.services.find((s) => s.id === "tencentcloud/cvm/2017-03-12")!;
const fixture = (action: string) => (cvm.actions.get(action)!.fixture.cases[0]!.response as { Response: Record<string, unknown> }).Response;

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ catalog, credentials });
});
afterAll(() => mock.close());

const profile = () => ({ httpProfile: { endpoint: new URL(mock.url).host, protocol: "http://" } });

describe("the official tencentcloud-sdk-nodejs clients against the mock, by endpoint alone", () => {
  it("tencentcloud-sdk-nodejs-cvm: DescribeRegions and DescribeInstances get the fixtures", async () => {
    const client = new tencentcloud.cvm.v20170312.Client({ credential: credentials, region: "ap-guangzhou", profile: profile() });
    expect(await client.DescribeRegions({} as never)).toEqual(fixture("DescribeRegions"));
    const instances = await client.DescribeInstances({ Offset: 0, Limit: 20 });
    expect(instances.TotalCount).toBe(fixture("DescribeInstances").TotalCount);
    expect(mock.requests.slice(-2).map((r) => [r.spec, r.action, r.status, r.code])).toEqual([
      ["tencentcloud/cvm/2017-03-12", "DescribeRegions", 200, undefined],
      ["tencentcloud/cvm/2017-03-12", "DescribeInstances", 200, undefined],
    ]);
  });

  it("tencentcloud-sdk-nodejs-common's CommonClient: the same, and a wrong key still fails the signature", async () => {
    const client = new CommonClient(new URL(mock.url).host, "2017-03-12", { credential: credentials, region: "ap-guangzhou", profile: profile() });
    expect(await client.request("DescribeRegions", {})).toEqual(fixture("DescribeRegions"));
    const wrong = new CommonClient(new URL(mock.url).host, "2017-03-12", { credential: { ...credentials, secretKey: "wrong" }, region: "ap-guangzhou", profile: profile() });
    await expect(wrong.request("DescribeRegions", {})).rejects.toMatchObject({ code: "AuthFailure.SignatureFailure" });
  });

  it("takes the package directory from the endpoint's path where action and version are ambiguous", async () => {
    // DescribeInstances at 2017-03-12 is only CVM's; route it through the path prefix all the same,
    // and a prefix naming another package sends the call there (which has no such action).
    const sdkProfile = (dir: string) => ({ httpProfile: { endpoint: `${new URL(mock.url).host}/${dir}`, protocol: "http://" } });
    const cvmClient = new CommonClient("", "2017-03-12", { credential: credentials, region: "ap-guangzhou", profile: sdkProfile("tencentcloud-cvm") });
    expect(await cvmClient.request("DescribeRegions", {})).toEqual(fixture("DescribeRegions"));
    const vpcClient = new CommonClient("", "2017-03-12", { credential: credentials, region: "ap-guangzhou", profile: sdkProfile("tce-vpc") });
    await expect(vpcClient.request("DescribeRegions", {})).rejects.toMatchObject({ code: "InvalidAction" });
    expect(mock.requests.at(-1)).toMatchObject({ path: "/tce-vpc/", spec: "tce/vpc/2017-03-12", code: "InvalidAction" });
  });

  it("still answers NoSuchVersion for a version no spec serves", async () => {
    const other = new CommonClient(new URL(mock.url).host, "1999-01-01", { credential: credentials, region: "ap-guangzhou", profile: profile() });
    await expect(other.request("DescribeRegions", {})).rejects.toMatchObject({ code: "NoSuchVersion" });
  });
});
