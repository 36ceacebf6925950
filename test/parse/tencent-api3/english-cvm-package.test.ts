// The English CVM export (fixtures/en/cvm-2017-03-12.en.txt) emitted in full (client, docs,
// fixtures, OpenAPI) in a scratch repository, and the generated client called against the mock.
// Integration tier: it generates and installs a whole package. The spec itself: english-cvm.test.ts.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFactoryName, commandFunctionName } from "../../../generator/emit/naming.ts";
import { Catalog } from "../../../generator/mock/catalog.ts";
import { startMockServer, type MockServer } from "../../../generator/mock/server.ts";
import { generate, loadSpecs, REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import type { Service } from "../../../generator/spec/types.ts";
import { installPackage, loadModule } from "../../emit/client/helpers.ts";
import { FIXTURES } from "./helpers.ts";

const ENGLISH = join(FIXTURES, "en", "cvm-2017-03-12.en.txt");
const credentials = { secretId: "AKIDenglishCvmTests", secretKey: "english-cvm-tests-secret" };

describe("the English CVM package, generated and called against the mock", () => {
  const root = mkdtempSync(join(tmpdir(), "docs2sdk-english-cvm-"));
  let mock: MockServer;
  let pkg: Record<string, (...args: unknown[]) => unknown>;
  let service: Service;
  beforeAll(async () => {
    const result = await generate({ root, inputs: [ENGLISH], cache: false, templatesDir: join(REPO_ROOT, "templates") });
    expect(result.emitDiagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const [spec] = loadSpecs(root);
    service = spec!.service;
    mock = await startMockServer({ catalog: new Catalog([service]), credentials });
    pkg = await loadModule(await installPackage(spec!, join(root, "install")), "dist/index.js");
  }, 300_000);
  afterAll(async () => {
    await mock?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("emits the docs, fixtures and OpenAPI export with the document's English text and the intl server", () => {
    const openapi = JSON.parse(readFileSync(join(root, "generated", "openapi", "tencentcloud-cvm-2017-03-12.json"), "utf8"));
    expect(openapi.servers[0].url).toBe("https://cvm.intl.tencentcloudapi.com");
    const page = readFileSync(join(root, "generated", "tencentcloud-cvm", "docs", "DescribeInstances.md"), "utf8");
    expect(page).toContain("This API is used to query the details of instances.");
    expect(existsSync(join(root, "generated", "tencentcloud-cvm", "fixtures", "DescribeInstances.json"))).toBe(true);
  });

  it("calls DescribeRegions and DescribeInstances through the generated client, signed with explicit credentials", async () => {
    const client = pkg[clientFactoryName(service)]!({ credentials, endpoint: mock.url, region: "ap-guangzhou", maxRetries: 0 });
    const regions = (await pkg[commandFunctionName({ name: "DescribeRegions" })]!(client, {})) as { RegionSet: { Region: string }[]; RequestId: string };
    expect(regions.RegionSet.map((r) => r.Region)).toContain("ap-beijing");
    expect(typeof regions.RequestId).toBe("string");
    const instances = (await pkg[commandFunctionName({ name: "DescribeInstances" })]!(client, { Limit: 1 })) as { TotalCount: number };
    expect(typeof instances.TotalCount).toBe("number");
  });

  it("is refused by the mock without the right credentials", async () => {
    const client = pkg[clientFactoryName(service)]!({ credentials: { secretId: "AKIDother", secretKey: "wrong" }, endpoint: mock.url, region: "ap-guangzhou", maxRetries: 0 });
    await expect(pkg[commandFunctionName({ name: "DescribeRegions" })]!(client, {})).rejects.toMatchObject({ code: expect.stringMatching(/^AuthFailure/) });
  });
});
