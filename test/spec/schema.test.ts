// Every spec file in the repository is valid against spec/schema.json and has no dangling refs.
import { describe, expect, it } from "vitest";
import { loadSpecs, REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { danglingRefs, schemaProblems } from "../../generator/spec/validate.ts";

const specs = loadSpecs(REPO_ROOT);

describe("spec/schema.json", () => {
  it("rejects a spec that breaks the contract", () => {
    const bad = { provider: "tencentcloud", service: "cvm", version: "2017-03-12", protocol: "tc3", endpoint: "x", title: "t", actions: [{ name: "A" }], types: [], errors: [] };
    expect(schemaProblems(bad).length).toBeGreaterThan(0);
  });
  it("accepts a minimal valid spec", () => {
    const ok = {
      provider: "tencentcloud", service: "cvm", version: "2017-03-12", protocol: "tc3", endpoint: "cvm.tencentcloudapi.com", title: "云服务器",
      actions: [{ name: "DescribeZones", title: "查询可用区", description: "", input: [], output: [{ name: "RequestId", type: "string", required: true, description: "" }], errors: [], examples: [] }],
      types: [], errors: [],
    };
    expect(schemaProblems(ok)).toEqual([]);
  });
  for (const { path, service } of specs) {
    it(`${path} is schema-valid with no dangling type references`, () => {
      expect(schemaProblems(service)).toEqual([]);
      expect(danglingRefs(service)).toEqual([]);
    });
  }
});
