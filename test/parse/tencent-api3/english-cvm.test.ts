// The English CVM export (fixtures/en/cvm-2017-03-12.en.txt, a copy of the development sample
// shared/samples/en) as a spec: it records its language and the intl endpoint, and is refused next to
// the Chinese document of the same API unless a language is preferred. The package generated from it
// and called against the mock: english-cvm-package.test.ts (integration tier).
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocuments, REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import type { Service } from "../../../generator/spec/types.ts";
import { schemaProblems } from "../../../generator/spec/validate.ts";
import { FIXTURES } from "./helpers.ts";

const ENGLISH = join(FIXTURES, "en", "cvm-2017-03-12.en.txt");
const CHINESE = join(REPO_ROOT, "spec", "sources", "tencentcloud-cvm-2017-03-12.txt");

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
