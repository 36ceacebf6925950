// The English CVM export (fixtures/en/cvm-2017-03-12.en.txt, a copy of the development sample
// shared/samples/en) end to end: parsed into a spec that records its language and the intl
// endpoint, refused next to the Chinese document of the same API unless a language is preferred,
// emitted in full (client, docs, fixtures, OpenAPI) in a scratch repository, and the generated
// client called against the mock.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFactoryName, commandFunctionName } from "../../../generator/emit/naming.ts";
import { Catalog } from "../../../generator/mock/catalog.ts";
import { startMockServer, type MockServer } from "../../../generator/mock/server.ts";
import { generate, loadSpecs, parseDocuments, REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import type { Service } from "../../../generator/spec/types.ts";
import { schemaProblems } from "../../../generator/spec/validate.ts";
import { installPackage, loadModule } from "../../emit/client/helpers.ts";
import { FIXTURES } from "./helpers.ts";

const ENGLISH = join(FIXTURES, "en", "cvm-2017-03-12.en.txt");
const CHINESE = join(REPO_ROOT, "spec", "sources", "tencentcloud-cvm-2017-03-12.txt");
const credentials = { secretId: "AKIDenglishCvmTests", secretKey: "english-cvm-tests-secret" };

describe("the English CVM export as a spec", () => {
  let service: Service;
  let diagnostics: { severity: string; code: string }[];
  beforeAll(async () => {
    const { files, documents } = await parseDocuments(REPO_ROOT, [ENGLISH]);
    service = files.get("tencentcloud/cvm/2017-03-12.json")!;
    diagnostics = documents[0]!.diagnostics;
  });

  it("is read by the API 3.0 dialect, records language en and the endpoint the document names", () => {
    expect(service.source?.dialect).toBe("tencent-api3");
    expect(service.language).toBe("en");
    expect(service.endpoint).toBe("cvm.intl.tencentcloudapi.com");
    expect(service.regions?.find((r) => r.id === "ap-guangzhou")?.endpoint).toBe("cvm.ap-guangzhou.intl.tencentcloudapi.com");
    expect(schemaProblems(service)).toEqual([]);
  });

  it("finds every action the API Category lists, with English titles and categories, and no error diagnostics", () => {
    expect(service.actions).toHaveLength(85);
    const describe = service.actions.find((a) => a.name === "DescribeInstances")!;
    expect(describe).toMatchObject({ title: "Views the list of instances", category: "Instance APIs", rateLimit: 20, region: "required" });
    expect(describe.input.map((f) => f.name)).toEqual(["InstanceIds", "Filters", "Offset", "Limit"]);
    expect(describe.input[1]!.type).toEqual({ array: { ref: "Filter" } });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    // The two unreadable examples are the document's own faults: a missing ',' and a missing '}'.
    expect(diagnostics.filter((d) => d.code === "example.json")).toHaveLength(2);
    expect(diagnostics.map((d) => d.code)).not.toContain("overview.duplicate");
  });
});

describe("a Chinese and an English document of the same API in one run", () => {
  it("is an error naming both documents and the config key, the first document kept", async () => {
    const { files, documents } = await parseDocuments(REPO_ROOT, [CHINESE, ENGLISH]);
    expect(files.get("tencentcloud/cvm/2017-03-12.json")!.language).toBeUndefined();
    const english = documents[1]!.diagnostics.find((d) => d.code === "spec.language")!;
    expect(english.severity).toBe("error");
    expect(english.message).toMatch(/produced by this en document and by the zh document .*tencentcloud-cvm-2017-03-12\.txt.*"preferLanguage"/);
  });

  it("with preferLanguage [en, zh] the English document supplies the spec, reported as info", async () => {
    const { files, documents } = await parseDocuments(REPO_ROOT, [CHINESE, ENGLISH], undefined, undefined, ["en", "zh"]);
    expect(files.get("tencentcloud/cvm/2017-03-12.json")!.language).toBe("en");
    expect(documents[1]!.diagnostics.find((d) => d.code === "spec.language-chosen")!.severity).toBe("info");
    expect(documents[1]!.diagnostics.map((d) => d.code)).not.toContain("spec.language");
  });

  it("with preferLanguage [zh] alone the English document is not ranked: still an error", async () => {
    const { files, documents } = await parseDocuments(REPO_ROOT, [CHINESE, ENGLISH], undefined, undefined, ["zh"]);
    expect(files.get("tencentcloud/cvm/2017-03-12.json")!.language).toBeUndefined();
    expect(documents[1]!.diagnostics.find((d) => d.code === "spec.language")!.severity).toBe("error");
  });
});

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
