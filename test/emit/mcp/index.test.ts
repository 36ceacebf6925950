import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expectGoldenTree } from "../../golden.ts";
import { describe, expect, it } from "vitest";
import { actionTraits } from "../../../generator/emit/client/model.ts";
import { emitters } from "../../../generator/emit/emitters.ts";
import { mcpCatalog, mcpEmitter, MCP_SDK_RANGE } from "../../../generator/emit/mcp/index.ts";
import { toOpenApi } from "../../../generator/emit/openapi/openapi.ts";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { protocolOf } from "../../../generator/spec/protocols.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { sampleSpec } from "../client/helpers.ts";

interface SchemaRef {
  $ref?: string;
  properties?: Record<string, { $ref?: string }>;
}
interface OpenApiOperation {
  requestBody: { content: Record<string, { schema: SchemaRef }> };
  responses: Record<string, { content: Record<string, { schema: SchemaRef }> }>;
}

const GOLDEN = join(import.meta.dirname, "golden");
// Golden files carry a ".golden" suffix so the repository's own tsc does not try to compile them.

async function emitSample(): Promise<Map<string, string>> {
  const registered = emitters.find((e) => e.name === "mcp")!;
  const ctx = { specs: [sampleSpec()], templatesDir: join(REPO_ROOT, "templates"), diagnostics: new Diagnostics("generated") };
  return (await registered.emit(ctx)) as Map<string, string>;
}

describe("mcp emitter on the sample spec", () => {
  it("matches the golden files byte for byte (UPDATE_GOLDEN=1 npx vitest run test/emit/mcp rewrites them)", async () => {
    const out = await emitSample();
    expectGoldenTree(GOLDEN, out);
  });

  it("is a package beside the client's, depending on the MCP SDK, the client and the runtime only", async () => {
    const out = await emitSample();
    expect([...out.keys()].every((p) => p.startsWith("tencentcloud-sample-mcp/"))).toBe(true);
    const pkg = JSON.parse(out.get("tencentcloud-sample-mcp/package.json")!);
    expect(pkg.name).toBe("@docs2sdk/tencentcloud-sample-mcp");
    expect(pkg.bin).toEqual({ "tencentcloud-sample-mcp": "./dist/main.js" });
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["@docs2sdk/runtime", "@docs2sdk/tencentcloud-sample", "@modelcontextprotocol/sdk"]);
    expect(out.get("tencentcloud-sample-mcp/LICENSE")).toMatch(/MIT License/);
    expect(out.get("tencentcloud-sample-mcp/dist/main.js")).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it("names an SDK range that the SDK docs2sdk tests against satisfies", () => {
    const installed = JSON.parse(readFileSync(join(REPO_ROOT, "node_modules/@modelcontextprotocol/sdk/package.json"), "utf8")).version as string;
    const [major, minor, patch] = installed.split(".").map(Number) as [number, number, number];
    const [wantMajor, wantMinor, wantPatch] = MCP_SDK_RANGE.slice(1).split(".").map(Number) as [number, number, number];
    expect(major).toBe(wantMajor);
    expect(minor * 1000 + patch).toBeGreaterThanOrEqual(wantMinor * 1000 + wantPatch);
  });

  it("writes the server code once: src/server.ts is the same in every package", async () => {
    const { service } = sampleSpec();
    const other = { path: "tencentcloud/other/2021-01-01.json", service: { ...service, service: "other" } };
    const out = await mcpEmitter.emit({ specs: [sampleSpec(), other], templatesDir: join(REPO_ROOT, "templates"), diagnostics: new Diagnostics("generated") });
    expect(out.get("tencentcloud-other-mcp/src/server.ts")).toBe(out.get("tencentcloud-sample-mcp/src/server.ts"));
    expect(out.get("tencentcloud-other-mcp/dist/server.js")).toBe(out.get("tencentcloud-sample-mcp/dist/server.js"));
  });
});

describe("mcp catalogue", () => {
  const { service } = sampleSpec();
  const catalog = mcpCatalog(service, "@docs2sdk/tencentcloud-sample") as {
    defs: Record<string, unknown>;
    actions: { name: string; readOnly: boolean; clientToken?: string; input: unknown; output: unknown; errors: { code: string }[] }[];
    commonErrors: { code: string }[];
  };

  it("has the OpenAPI export's schemas, as standalone JSON Schema ($defs)", () => {
    const openapi = toOpenApi(service) as { paths: Record<string, Record<string, OpenApiOperation>>; components: { schemas: Record<string, unknown> } };
    const asDefs = (schema: unknown) => JSON.parse(JSON.stringify(schema).replaceAll("#/components/schemas/", "#/$defs/"));
    const named = (ref: string) => openapi.components.schemas[ref.slice("#/components/schemas/".length)];
    for (const action of catalog.actions) {
      // The operation's own schemas (named <Action>Request unless a structure has that name).
      const operation = Object.values(Object.entries(openapi.paths).find(([path]) => path.endsWith(`#${action.name}`))![1])[0]!;
      const request = Object.values(operation.requestBody.content)[0]!.schema.$ref!;
      // The 200 answer wraps the response component in the protocol's envelope and error body, which
      // the client unwraps: compare with the component itself.
      const response = Object.values(openapi.components.schemas).find((s) => (s as { description?: string }).description === `Response of ${action.name}`);
      expect(action.input, action.name).toEqual(asDefs(named(request)));
      expect(action.output, action.name).toEqual(asDefs(response));
    }
    for (const struct of service.types) expect(catalog.defs[struct.name]).toEqual(asDefs(openapi.components.schemas[struct.name]));
  });

  it("marks actions read-only and names their client token as the client's retry traits do", () => {
    for (const action of service.actions) {
      const entry = catalog.actions.find((a) => a.name === action.name)!;
      const traits = actionTraits(action, protocolOf(service).clientTokenParameters);
      expect({ readOnly: entry.readOnly, clientToken: entry.clientToken }, action.name).toEqual({ readOnly: traits.readOnly === true, clientToken: traits.clientToken });
    }
    expect(catalog.actions.filter((a) => a.readOnly).map((a) => a.name)).toContain("DescribeThings");
    expect(catalog.actions.filter((a) => !a.readOnly).map((a) => a.name)).toContain("RunThing");
  });

  it("keeps each action's own errors, and the common ones once", () => {
    for (const action of service.actions) expect(catalog.actions.find((a) => a.name === action.name)!.errors.map((e) => e.code)).toEqual(action.errors.map((e) => e.code));
    expect(catalog.commonErrors.map((e) => e.code)).toEqual(service.errors.filter((e) => e.kind !== "business").map((e) => e.code));
  });
});
