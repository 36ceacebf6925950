// docs2sdk/testing (generator/testing/index.ts) on the committed generated/ packages: the spec is found
// from a package, the mock serves it, fixtures load, and fixtureFetch answers a client without a server.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { expectedCaseResult, findSpecDir, fixtureFetch, loadFixtures, startMock, startPackageMock } from "../../generator/testing/index.ts";

// The generated clients, as a user's test imports them (their types need @docs2sdk/runtime installed, which
// this repository aliases for vitest only).
type Client = Record<string, (input: unknown) => Promise<unknown>>;
type ClientClass = new (config: object) => Client;
const { EipV2Client } = (await import("../../generated/tencentcloud-eip-v2/dist/index.js")) as unknown as { EipV2Client: ClientClass };
const { EcsClient } = (await import("../../generated/aliyun-ecs/dist/index.js")) as unknown as { EcsClient: ClientClass };

const credentials = { secretId: "AKIDtestingEntry", secretKey: "testing-entry-secret" };
const EIP = join(REPO_ROOT, "generated", "tencentcloud-eip-v2");
const ECS = join(REPO_ROOT, "generated", "aliyun-ecs");
const work = mkdtempSync(join(tmpdir(), "docs2sdk-testing-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("docs2sdk/testing", () => {
  it("finds a package's spec beside the output directory, or where docs2sdk.config.json's specDir says", () => {
    expect(findSpecDir(EIP)).toBe(join(REPO_ROOT, "spec"));
    const project = join(work, "project");
    cpSync(join(EIP, "package.json"), join(project, "out", "eip", "package.json"));
    cpSync(join(REPO_ROOT, "spec", "tencentcloud", "eip"), join(project, "api", "specs", "tencentcloud", "eip"), { recursive: true });
    writeFileSync(join(project, "docs2sdk.config.json"), JSON.stringify({ inputs: ["x.txt"], specDir: "api/specs", outDir: "out" }));
    expect(findSpecDir(join(project, "out", "eip"))).toBe(join(project, "api", "specs"));
  });

  it("says where it looked when a package's spec is not there (a published package ships none)", () => {
    const installed = join(work, "consumer", "node_modules", "eip");
    mkdirSync(installed, { recursive: true });
    cpSync(join(EIP, "package.json"), join(installed, "package.json"));
    expect(() => findSpecDir(installed)).toThrow(/no spec tencentcloud\/eip\/v2\.json for the package in .*fixtureFetch/);
  });

  it("requires explicit credentials for the mock", async () => {
    await expect(startMock({ specDir: join(REPO_ROOT, "spec"), credentials: undefined as never })).rejects.toThrow(/credentials \{ secretId, secretKey \} are required/);
  });

  it("starts the mock on a package's spec; a client call returns the served fixture's result", async () => {
    const mock = await startPackageMock(EIP, { credentials });
    try {
      const fixtures = loadFixtures(EIP);
      expect(fixtures.spec).toBe("tencentcloud/eip/v2.json");
      const action = fixtures.actions[0]!;
      const client = new EipV2Client({ credentials, endpoint: mock.url, region: "ap-guangzhou", maxRetries: 0 });
      const method = action.action.charAt(0).toLowerCase() + action.action.slice(1);
      const result = await client[method]!(action.cases[0]!.request);
      expect(result).toEqual(expectedCaseResult(action));
      expect(mock.requests.map((r) => r.action)).toEqual([action.action]);
    } finally {
      await mock.close();
    }
  });

  it("fixtureFetch answers each call from the called action's fixture, for RPC (Action query) and API 3.0 alike", async () => {
    const fixtures = loadFixtures(ECS);
    const fetch = fixtureFetch(fixtures);
    const client = new EcsClient({ credentials, region: "cn-hangzhou", maxRetries: 0, fetch });
    expect(await client.describeRegions!({})).toEqual(expectedCaseResult(fixtures.get("DescribeRegions")));
    expect(fetch.calls).toEqual(["DescribeRegions"]);
    expect(() => fixtures.get("NoSuchAction")).toThrow(/no fixture for action NoSuchAction/);
  });
});
