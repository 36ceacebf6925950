import * as prettier from "prettier";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatFiles, loadTemplates, renderPackage } from "../../../generator/emit/client/render.ts";
import { buildPackageModel } from "../../../generator/emit/client/model.ts";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { sampleSpec } from "./helpers.ts";

describe("formatFiles", () => {
  it("formats the command files together exactly as the typescript parser would one by one", async () => {
    // The emitter reads TypeScript with babel-ts (faster); this pins that it prints what the typescript parser does.
    const spec = sampleSpec();
    // Long names force prettier to wrap signatures and calls, the case where formatting matters.
    spec.service.actions.push({
      ...spec.service.actions[0]!,
      name: "DescribeSomethingWithAVeryLongNameThatForcesPrettierToWrapEveryPartOfTheGeneratedSignature",
      input: [{ name: "Id", type: "string", required: true, description: "" }],
    });
    const files = renderPackage(buildPackageModel(spec, new Diagnostics("g")), loadTemplates(join(REPO_ROOT, "templates")), { runtimeRange: "^0.1.0" });
    const formatted = await formatFiles(files);
    expect([...formatted.keys()]).toEqual([...files.keys()]);
    for (const [path, text] of files) {
      const parser = path.endsWith(".json") ? "json" : "typescript";
      expect(formatted.get(path), path).toBe(await prettier.format(text, { printWidth: 120, parser }));
    }
  });

  it("gives package.json the spec's package version (spec/versions.json), 0.1.0 when it has none", () => {
    const templates = loadTemplates(join(REPO_ROOT, "templates"));
    const version = (packageVersion?: string) => {
      const spec = sampleSpec();
      const files = renderPackage(buildPackageModel(packageVersion ? { ...spec, packageVersion } : spec, new Diagnostics("g")), templates, { runtimeRange: "^0.1.0" });
      return (JSON.parse(files.get("package.json")!) as { version: string }).version;
    };
    expect(version("1.4.2")).toBe("1.4.2");
    expect(version()).toBe("0.1.0");
  });

  it("names the file when a template renders invalid TypeScript", async () => {
    const files = new Map([["src/commands/Bad.ts", "export function (\n"], ["src/index.ts", "export {};\n"]]);
    await expect(formatFiles(files)).rejects.toThrow(/client emitter: src\/commands\/Bad\.ts is not valid TypeScript/);
    await expect(formatFiles(new Map([["src/types.ts", "interface {"]]))).rejects.toThrow(/client emitter: src\/types\.ts is not valid TypeScript/);
  });
});
