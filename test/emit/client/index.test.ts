// The client emitter on a hand-written spec: golden files, strictness, determinism, escaping, and
// what the emitted types accept and reject (checked by compiling consumer code against them).
import { existsSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { Project } from "ts-morph";
import { expectGoldenTree } from "../../golden.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { createClientEmitter, emitClientPackage } from "../../../generator/emit/client/index.ts";
import { compilePackage } from "../../../generator/emit/compile-ts.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { contractRuntime, GOLDEN, sampleSpec } from "./helpers.ts";

const templatesDir = join(REPO_ROOT, "templates");

async function emitSample(spec = sampleSpec(), diagnostics = new Diagnostics("generated")): Promise<Map<string, string>> {
  const emitter = createClientEmitter({ runtime: async () => contractRuntime() });
  const out = await emitter.emit({ specs: [spec], templatesDir, diagnostics });
  return out as Map<string, string>;
}

// One emission of the unmodified sample, shared by the tests that only read it.
let sample: Map<string, string>;
beforeAll(async () => {
  sample = await emitSample();
});

// Golden files carry a ".golden" suffix so the repository's own tsc does not try to compile them.
const GOLDEN_SUFFIX = ".golden";

describe("client emitter on the sample spec", () => {
  it("matches the golden files byte for byte (UPDATE_GOLDEN=1 npx vitest run test/emit/client rewrites them)", async () => {
    const out = sample;
    expectGoldenTree(GOLDEN, out);
  });

  it("lays out one package: package.json, tsconfig.json, src/ and compiled dist/ (JS and declarations)", async () => {
    const out = sample;
    const files = [...out.keys()];
    expect(files.every((f) => f.startsWith("tencentcloud-sample/"))).toBe(true);
    const rel = files.map((f) => f.slice("tencentcloud-sample/".length));
    const sources = rel.filter((f) => f.startsWith("src/"));
    expect(sources).toEqual([
      "src/client.ts",
      "src/commands/Delete.ts",
      "src/commands/DescribeThings.ts",
      "src/commands/RunThing.ts",
      "src/commands/Send.ts",
      "src/errors.ts",
      "src/index.ts",
      "src/paginators/DescribeThings.ts",
      "src/regions.ts",
      "src/service.ts",
      "src/types.ts",
      "src/validate.ts",
    ]);
    for (const src of sources) {
      const base = src.replace(/^src\//, "dist/").replace(/\.ts$/, "");
      expect(rel).toContain(`${base}.js`);
      expect(rel).toContain(`${base}.d.ts`);
    }
    // Other emitters own these paths inside the package.
    expect(rel.filter((f) => /^(README\.md|docs\/|fixtures\/|test\/)/.test(f))).toEqual([]);
    const pkg = JSON.parse(out.get("tencentcloud-sample/package.json")!);
    expect(pkg).toMatchObject({
      name: "@docs2sdk/tencentcloud-sample",
      type: "module",
      sideEffects: false,
      exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } },
      dependencies: { "@docs2sdk/runtime": "^0.1.0" },
      // The fixtures emitter's fixtures/ ship too: a consumer's tests answer calls from them.
      files: ["dist", "docs", "fixtures"],
    });
    expect(pkg.exports["./fixtures/*"]).toBe("./fixtures/*");
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("ships the entry as one module exporting every value the source entry exports", async () => {
    const project = new Project({ useInMemoryFileSystem: true });
    const entry = project.createSourceFile("index.js", sample.get("tencentcloud-sample/dist/index.js")!);
    expect(new Set(entry.getImportDeclarations().map((i) => i.getModuleSpecifierValue()))).toEqual(new Set(["@docs2sdk/runtime"]));
    const source = project.createSourceFile("index.ts", sample.get("tencentcloud-sample/src/index.ts")!);
    const values = source
      .getExportDeclarations()
      .filter((d) => !d.isTypeOnly())
      .flatMap((d) => d.getNamedExports().filter((n) => !n.isTypeOnly()).map((n) => n.getName()));
    const exported = entry.getExportDeclarations().flatMap((d) => d.getNamedExports().map((n) => n.getAliasNode()?.getText() ?? n.getName()));
    expect(exported.sort()).toEqual(values.sort());
  });

  it("is byte-identical on a second emission", async () => {
    const a = sample;
    const b = await emitSample();
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, text] of a) expect(b.get(path), path).toBe(text);
  });

  it("compiles strict-clean, and fails with the file and the type error when a package does not", async () => {
    const ctx = { specs: [], templatesDir, diagnostics: new Diagnostics("generated") };
    const ok = await emitClientPackage(sampleSpec(), ctx, contractRuntime());
    expect(ok.files.get("dist/index.d.ts")).toContain("SampleClient");
    // A runtime without Tc3Client: every generated reference to it must be reported.
    const broken = contractRuntime();
    broken.files.set("dist/index.d.ts", broken.files.get("dist/index.d.ts")!.replace(/export declare class Tc3Client[^}]*}/, ""));
    await expect(emitClientPackage(sampleSpec(), ctx, broken)).rejects.toThrow(
      /spec\/tencentcloud\/sample\/2020-01-01\.json does not type-check under strict \(\d+ errors\):\n [^]*\n {2}tencentcloud-sample\/src\/service\.ts\(\d+,\d+\): .*Tc3Client/,
    );
  });

  it("keeps hostile document text inside comments and string literals", async () => {
    const out = sample;
    for (const [path, text] of out) {
      if (!path.endsWith(".ts") && !path.endsWith(".js")) continue;
      // Every token outside comments must come from the generator, never from the document's text.
      const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, text);
      const identifiers = new Set<string>();
      for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
        if (token === ts.SyntaxKind.Identifier) identifiers.add(scanner.getTokenText());
      }
      for (const injected of ["alert", "console", "script", "breakout", "Evil"]) expect(identifiers.has(injected), `${path}: ${injected}`).toBe(false);
    }
    const client = out.get("tencentcloud-sample/src/client.ts")!;
    expect(client).toContain("*\\/ console.log");
    expect(client).toContain(" * \\@internal must not become a tag");
    expect(client).toContain(" * {\\@link Evil} neither");
    // The generator's own links stay links.
    expect(client).toContain("@throws {@link ServiceError} whose code is one of {@link DescribeThingsErrorCode}.");
  });

  it("names structures deterministically when they collide with generated names or keywords", async () => {
    const out = sample;
    const project = new Project({ useInMemoryFileSystem: true });
    const types = project.createSourceFile("types.ts", out.get("tencentcloud-sample/src/types.ts")!);
    expect(types.getInterfaces().map((i) => i.getName())).toEqual([
      "Filter",
      "Thing",
      "RunThingRequestStruct",
      "stringStruct",
      "DescribeThingsRequest",
      "DescribeThingsResponse",
      "RunThingRequest",
      "RunThingResponse",
      "DeleteRequest",
      "DeleteResponse",
      "SendRequest",
      "SendResponse",
    ]);
    const run = types.getInterfaceOrThrow("RunThingRequest");
    expect(run.getPropertyOrThrow("Placement").getTypeNode()!.getText()).toBe("RunThingRequestStruct");
    expect(run.getPropertyOrThrow("Tags").getTypeNode()!.getText()).toBe("stringStruct[] | undefined");
  });

  it("reports duplicate actions, duplicate fields and undefined structures instead of emitting broken code", async () => {
    const spec = sampleSpec();
    const s = spec.service;
    s.actions.push({ ...s.actions[0]! });
    s.types[0]!.fields.push({ ...s.types[0]!.fields[0]! });
    s.types[1]!.fields.push({ name: "Ghost", type: { array: { ref: "Missing" } }, required: false, description: "" });
    const diagnostics = new Diagnostics("generated");
    const out = await emitSample(spec, diagnostics);
    expect(diagnostics.items.map((d) => d.code).sort()).toEqual(["client.duplicate-action", "client.duplicate-field", "client.unknown-struct"]);
    expect(out.get("tencentcloud-sample/src/types.ts")).toMatch(/Ghost\?: unknown\[\] \| undefined;/);
  });

  it("leaves the Tencent V2 envelope (code, message, codeDesc) out of V2 responses: the runtime unwraps it", async () => {
    const spec = sampleSpec();
    spec.service.protocol = "tencent-v2";
    const envelope = ["code", "message", "codeDesc"].map((name) => ({ name, type: "string" as const, required: true, description: "" }));
    spec.service.actions[2]!.output.unshift(...envelope);
    spec.service.types[0]!.fields.push(...envelope);
    const out = await emitSample(spec);
    const project = new Project({ useInMemoryFileSystem: true });
    const types = project.createSourceFile("types.ts", out.get("tencentcloud-sample-v2/src/types.ts")!);
    expect(types.getInterfaceOrThrow("DeleteResponse").getProperties().map((p) => p.getName())).toEqual(["RequestId"]);
    // Only the top-level envelope goes: a structure's own "code" is data.
    expect(types.getInterfaceOrThrow("Filter").getProperties().map((p) => p.getName())).toEqual(["Name", "Values", "code", "message", "codeDesc"]);
    expect(out.get("tencentcloud-sample-v2/src/service.ts")).toContain("export class SampleV2BaseClient extends TencentV2Client");
    expect(out.get("tencentcloud-sample-v2/src/client.ts")).toContain("export class SampleV2Client extends SampleV2BaseClient");
  });

  it("emits no package for a superseded spec", async () => {
    const spec = sampleSpec();
    spec.service.supersededBy = "tencentcloud/sample/2021-01-01";
    expect((await emitSample(spec)).size).toBe(0);
  });
});

describe("what the emitted types accept and reject", () => {
  // Consumer code compiled against the emitted declarations: each @ts-expect-error must be an error
  // (or tsc reports the unused directive), and every other line must type-check.
  const consumer = `
import { SampleClient, createSampleClient, describeThings, runThing, deleteAction, isServiceErrorFrom,
  type RunThingResponse, type DescribeThingsErrorCode, type Thing } from "@docs2sdk/tencentcloud-sample";
import { runThing as runThingDirect } from "@docs2sdk/tencentcloud-sample/commands/RunThing";
import { paginateDescribeThings, type SampleRegion, type SampleClientConfig } from "@docs2sdk/tencentcloud-sample";
import { validateRequest, ValidationError } from "@docs2sdk/tencentcloud-sample/validate";
import { REGIONAL_ENDPOINTS, REGIONS } from "@docs2sdk/tencentcloud-sample/regions";

export async function use(): Promise<void> {
  const client = new SampleClient({ region: "ap-guangzhou" });
  await client.describeThings();
  await describeThings(createSampleClient(), { Limit: 20, Filters: [{ Name: "zone", Values: ["a"] }] });
  // @ts-expect-error closed enumeration: 50 is not a documented page size
  await describeThings(client, { Limit: 50 });
  await runThing(client, { ChargeType: "PREPAID", Placement: { Zone: "z" } });
  await runThingDirect(client, { ChargeType: "SPOT_SOMEDAY", Placement: { Zone: "z" }, "client-token": "t" });
  // @ts-expect-error ChargeType and Placement are required
  await runThing(client, {});
  // @ts-expect-error ChargeType is a string
  await runThing(client, { ChargeType: 1, Placement: { Zone: "z" } });
  // @ts-expect-error required input: no default
  await deleteAction(client);
  const out: RunThingResponse = await client.runThing({ ChargeType: "POSTPAID_BY_HOUR", Placement: { Zone: "z" } });
  const status: string | null | undefined = out.Status;
  // @ts-expect-error Status may be null
  const notNull: string | undefined = out.Status;
  const things: Thing[] = (await client.describeThings()).ThingSet;
  const parent: Thing | null | undefined = things[0]?.Parent;
  void status; void notNull; void parent;
  // Regions: documented ids are offered, any other string is accepted, per client and per call.
  const region: SampleRegion = "ap-guangzhou";
  const config: SampleClientConfig = { region: "somewhere-new", validate: validateRequest, regionalEndpoints: REGIONAL_ENDPOINTS };
  const checked = new SampleClient(config);
  await checked.describeThings({}, { region: REGIONS[0]!.id });
  // @ts-expect-error validation is brought in by importing the validator, not by a flag
  new SampleClient({ validate: true });
  // Paginators: typed pages and items, paging options next to the per-call ones.
  for await (const thing of paginateDescribeThings(checked, { Limit: 10 }, { pageSize: 10, maxPages: 3, region }).items()) {
    const id: string = thing.ThingId;
    void id;
  }
  for await (const page of checked.paginateDescribeThings()) {
    const total: number = page.TotalCount;
    void total;
  }
  // @ts-expect-error maxPages is a number
  paginateDescribeThings(checked, {}, { maxPages: "3" });
  try { validateRequest("RunThing", {}); } catch (e) { if (e instanceof ValidationError) { const path: string = e.path; void path; } }
  await client.sendAction();
  const sent: Promise<unknown> = client.send("Send", {});
  void sent;
  try {
    await client.deleteAction({ Id: "x" });
  } catch (e) {
    if (isServiceErrorFrom(e, "DescribeThings")) {
      const code: DescribeThingsErrorCode = e.code;
      const known: boolean = code === "InvalidFilter" || code === "AuthFailure.SignatureFailure" || code === "Whatever.New";
      void known;
    }
    // @ts-expect-error not an action of this service
    isServiceErrorFrom(e, "NoSuchAction");
  }
}
`;

  it("type-checks consumer code exactly where the spec says it should", async () => {
    const out = sample;
    const libraries = new Map<string, string>();
    for (const [rel, text] of contractRuntime().files) libraries.set(`/node_modules/@docs2sdk/runtime/${rel}`, text);
    for (const [path, text] of out) {
      const rel = path.slice("tencentcloud-sample/".length);
      if (rel === "package.json" || rel.endsWith(".d.ts")) libraries.set(`/node_modules/@docs2sdk/tencentcloud-sample/${rel}`, text);
    }
    const r = compilePackage({ sources: new Map([["src/consumer.ts", consumer], ["package.json", '{"type":"module"}']]), libraries });
    expect(r.errors).toEqual([]);
  });
});

// Keeps the golden directory from silently disappearing (the test above would then compare nothing).
it("has golden files committed", () => {
  expect(existsSync(join(GOLDEN, "tencentcloud-sample/package.json" + GOLDEN_SUFFIX))).toBe(true);
});
