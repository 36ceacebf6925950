// A configured scope, names and metadata reach every emitted package: the client imports the runtime
// by its configured name (and type-checks against it), both package.json files carry the metadata.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emitClientPackage } from "../../generator/emit/client/index.ts";
import { runtimePackage } from "../../generator/emit/runtime/index.ts";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { Diagnostics } from "../../generator/spec/diagnostics.ts";
import type { PackageOptions } from "../../generator/emit/naming.ts";
import { sampleSpec } from "../emit/client/helpers.ts";

const templatesDir = join(REPO_ROOT, "templates");
const packages: PackageOptions = { scope: "@acme", names: { "tencentcloud-sample": "@acme/sample-sdk" }, metadata: { license: "Apache-2.0", publishConfig: { access: "public" } } };

describe("configured package names and metadata", () => {
  it("the runtime and a client package take the scope, the names and the metadata", async () => {
    const runtime = runtimePackage(templatesDir, packages);
    const client = await emitClientPackage(sampleSpec(), { specs: [], templatesDir, diagnostics: new Diagnostics("generated"), packages }, runtime);
    const runtimeJson = JSON.parse(runtime.files.get("package.json")!);
    expect([runtimeJson.name, runtimeJson.license, runtimeJson.publishConfig]).toEqual(["@acme/runtime", "Apache-2.0", { access: "public" }]);
    expect(runtime.files.get("README.md")).toMatch(/^# @acme\/runtime /);
    const clientJson = JSON.parse(client.files.get("package.json")!);
    expect([clientJson.name, clientJson.license, clientJson.publishConfig, clientJson.dependencies]).toEqual(["@acme/sample-sdk", "Apache-2.0", { access: "public" }, { "@acme/runtime": `^${runtime.version}` }]);
    // Every runtime import of the shipped code names the configured runtime, none docs2sdk's own.
    const js = [...client.files].filter(([rel]) => rel.startsWith("dist/") && rel.endsWith(".js")).map(([, text]) => text).join("\n");
    const imported = new Set([...js.matchAll(/^(?:import|export)\b[^\n]*from "([^"./][^"]*)"/gm)].map((m) => m[1]));
    expect([...imported]).toEqual(["@acme/runtime"]);
    expect([...client.files.values()].filter((text) => text.includes("@docs2sdk/"))).toEqual([]);
  });
});
