// The package's opt-in request validation (templates/client/src/validate.ts.hbs, tables from model.ts):
// the emitted JavaScript is run, and must find exactly the problems generator/spec/conform.ts finds
// (same paths, same kinds) under the options a client validates with.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LoadedSpec } from "../../../generator/emit/emitter.ts";
import { loadSpecs, REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { conformFields } from "../../../generator/spec/conform.ts";
import type { Field, Service, Type } from "../../../generator/spec/types.ts";
import { emitClientPackage } from "../../../generator/emit/client/index.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { contractRuntime, installPackage, loadModule, sampleSpec } from "./helpers.ts";

interface Problem {
  path: string;
  kind: string;
  message: string;
}
interface ValidateModule {
  validateRequest(action: string, input: object): void;
  requestProblems(action: string, input: unknown): Problem[];
  ValidationError: new (...args: never[]) => Error & { path: string; action: string; problems: Problem[] };
}

/** The sample spec with every kind of rule on a request: primitives, nullability, closed/open/contradicting enums. */
function richSample(): LoadedSpec {
  const spec = sampleSpec();
  const run = spec.service.actions.find((a) => a.name === "RunThing")!;
  run.input.push(
    { name: "DryRun", type: "boolean", required: false, description: "", enum: [{ value: "TRUE" }, { value: "FALSE" }], enumClosed: true },
    { name: "Confirm", type: "boolean", required: false, description: "", enum: [{ value: "TRUE" }], enumClosed: true },
    { name: "Ratio", type: "float", required: false, description: "" },
    { name: "At", type: "timestamp", required: false, description: "" },
    { name: "Day", type: "date", required: false, description: "" },
    { name: "Note", type: "string", required: false, description: "", nullable: true },
    // Values that are not of the field's type: the document contradicts itself, so the enumeration is not enforced.
    { name: "Sizes", type: { array: "integer" }, required: false, description: "", enum: [{ value: "big" }], enumClosed: true },
    { name: "Modes", type: { array: "string" }, required: false, description: "", enum: [{ value: "A" }, { value: "B" }], enumClosed: true },
    { name: "Ghost", type: { ref: "Undefined" }, required: false, description: "" },
  );
  return spec;
}

const work = mkdtempSync(join(tmpdir(), "docs2sdk-client-validate-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let validate: ValidateModule;
const rich = richSample();
beforeAll(async () => {
  const dir = await installPackage(rich, join(work, "sample"));
  validate = await loadModule<ValidateModule>(dir, "dist/validate.js");
});

const CONFORM = { unknown: false, nullIsAbsent: true } as const;

function conformProblems(service: Service, action: string, input: unknown): { path: string; kind: string }[] {
  const fields = service.actions.find((a) => a.name === action)!.input;
  return conformFields(input, fields, { types: service.types, ...CONFORM }).map(({ path, kind }) => ({ path, kind }));
}

describe("validateRequest", () => {
  it("rejects a wrong element deep in a request with its path, before anything else happens", () => {
    const input = { Filters: [{ Name: "zone", Values: ["a", 5] }] };
    let error: (Error & { path: string; action: string; problems: Problem[] }) | undefined;
    try {
      validate.validateRequest("DescribeThings", input);
    } catch (e) {
      error = e as typeof error;
    }
    expect(error).toBeInstanceOf(validate.ValidationError);
    expect(error!.name).toBe("ValidationError");
    expect(error!.path).toBe("Filters[0].Values[1]");
    expect(error!.action).toBe("DescribeThings");
    expect(error!.message).toBe("DescribeThings: invalid request: Filters[0].Values[1]: expected a string, got number 5");
  });

  it("names missing required fields, nested ones included", () => {
    expect(validate.requestProblems("RunThing", { Placement: {} }).map((p) => [p.path, p.kind])).toEqual([
      ["Placement.Zone", "missing"],
      ["ChargeType", "missing"],
    ]);
    expect(() => validate.validateRequest("Delete", {})).toThrow("Delete: invalid request: required Id is missing");
  });

  it("enforces a closed enumeration, not an open one, nor one whose values contradict the field's type", () => {
    expect(validate.requestProblems("DescribeThings", { Limit: 50 })).toEqual([
      { path: "Limit", kind: "enum", message: "Limit is 50, not one of 10, 20, 100" },
    ]);
    expect(validate.requestProblems("DescribeThings", { Limit: 20 })).toEqual([]);
    const base = { Placement: { Zone: "z" } };
    // ChargeType's documented values are open: a new one passes.
    expect(validate.requestProblems("RunThing", { ...base, ChargeType: "SPOT_SOMEDAY" })).toEqual([]);
    expect(validate.requestProblems("RunThing", { ...base, ChargeType: "PREPAID", Modes: ["A", "C"], DryRun: true, Sizes: [7], Confirm: false })).toEqual([
      { path: "Modes[1]", kind: "enum", message: 'Modes[1] is "C", not one of A, B' },
      // A boolean enumeration compares values, not spellings: only true is documented.
      { path: "Confirm", kind: "enum", message: "Confirm is false, not one of TRUE" },
    ]);
  });

  it("passes valid requests, undocumented members and null members (clients leave them out)", () => {
    const ok = { ChargeType: "PREPAID", Placement: { Zone: "z" }, Tags: [{ Key: "k" }], Attributes: { any: [1] }, At: 1700000000, Note: null, Extra: 1 };
    expect(() => validate.validateRequest("RunThing", ok)).not.toThrow();
    expect(() => validate.validateRequest("Send", {})).not.toThrow();
    // An action the spec does not know is not checked.
    expect(() => validate.validateRequest("NoSuchAction", { x: 1 })).not.toThrow();
  });

  it("describes wrong values by their kind, never by a string's content", () => {
    const problems = validate.requestProblems("RunThing", { ChargeType: "PREPAID", Placement: { Zone: "z" }, Ratio: "secret-password-123" });
    expect(problems).toEqual([{ path: "Ratio", kind: "type", message: "Ratio: expected a number, got a string" }]);
  });

  // Values shaped like each field's type most of the time, anything at all otherwise.
  const anything = fc.oneof(fc.constant(null), fc.string({ maxLength: 3 }), fc.integer(), fc.double(), fc.boolean(), fc.constant([]), fc.constant({}));
  function valueOf(type: Type, field: Field, service: Service, depth: number): fc.Arbitrary<unknown> {
    let shaped: fc.Arbitrary<unknown>;
    if (typeof type === "string") {
      const values = field.enum?.map((e) => e.value) ?? [];
      const base =
        type === "integer"
          ? fc.integer()
          : type === "float"
            ? fc.double()
            : type === "boolean"
              ? fc.boolean()
              : type === "timestamp"
                ? fc.oneof(fc.string(), fc.integer())
                : fc.string({ maxLength: 4 });
      shaped =
        values.length > 0 && type === "string"
          ? fc.oneof(fc.constantFrom(...values), base)
          : values.length > 0 && type === "integer"
            ? fc.oneof(fc.constantFrom(...values.map(Number)), base)
            : base;
    } else if ("array" in type) {
      shaped = fc.array(valueOf(type.array, field, service, depth + 1), { maxLength: 3 });
    } else {
      const struct = service.types.find((t) => t.name === type.ref);
      shaped = struct && depth < 4 ? objectOf(struct.fields, service, depth + 1) : fc.constant({});
    }
    return fc.oneof({ arbitrary: shaped, weight: 4 }, { arbitrary: anything, weight: 1 });
  }
  function objectOf(fields: Field[], service: Service, depth: number): fc.Arbitrary<Record<string, unknown>> {
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, f, service, depth)])), { requiredKeys: [] });
  }

  it("finds exactly the problems conform.ts finds (paths and kinds), on random requests", () => {
    const service = rich.service;
    const kinds = new Set<string>();
    fc.assert(
      fc.property(
        fc.constantFrom(...service.actions).chain((action) => objectOf(action.input, service, 0).map((input) => ({ action, input }))),
        ({ action, input }) => {
          const ours = validate.requestProblems(action.name, input).map(({ path, kind }) => ({ path, kind }));
          expect(ours).toEqual(conformProblems(service, action.name, input));
          for (const p of ours) kinds.add(p.kind);
        },
      ),
      { numRuns: 300 },
    );
    // The runs reached every kind of problem, so the agreement is not only on clean requests.
    expect([...kinds].sort()).toEqual(["enum", "missing", "null", "type"]);
  });
});

// The bundled CVM spec, where present: its documented request examples, each also with one member corrupted.
const cvm = loadSpecs(REPO_ROOT).find((s) => s.path === "tencentcloud/cvm/2017-03-12.json");
describe("validateRequest on the CVM spec", () => {
  it("has the bundled CVM spec", () => {
    expect(cvm).toBeDefined();
  });

  it("agrees with conform.ts on every documented example and on a corrupted copy of each", { timeout: 60_000 }, async () => {
    const dir = await installPackage(cvm!, join(work, "cvm"));
    const cvmValidate = await loadModule<ValidateModule>(dir, "dist/validate.js");
    let compared = 0;
    for (const action of cvm!.service.actions) {
      for (const example of action.examples) {
        if (example.requestForm === "get") continue; // text-wire values: the fixtures emitter converts those first
        const inputs: unknown[] = [example.input];
        const first = Object.keys(example.input)[0];
        if (first !== undefined) inputs.push({ ...example.input, [first]: [{ wrong: true }] });
        for (const input of inputs) {
          const ours = cvmValidate.requestProblems(action.name, input).map(({ path, kind }) => ({ path, kind }));
          expect(ours, `${action.name}: ${JSON.stringify(input)}`).toEqual(conformProblems(cvm!.service, action.name, input));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});

describe("validate.ts names what it lists (issue 18 item 4)", () => {
  const validateSource = async (spec: LoadedSpec) => {
    const templatesDir = join(REPO_ROOT, "templates");
    const { files } = await emitClientPackage(spec, { specs: [spec], templatesDir, diagnostics: new Diagnostics("generated") }, contractRuntime());
    return files.get("src/validate.ts")!.split("\n");
  };

  it("a parameter added to the first action changes that action's line and nothing else (no renumbering)", async () => {
    const before = await validateSource(sampleSpec());
    const edited = sampleSpec();
    edited.service.actions[0]!.input.unshift({ name: "DryRun", type: "boolean", required: false, description: "" });
    const after = await validateSource(edited);
    expect(after.length).toBe(before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    const name = edited.service.actions[0]!.name;
    const line = before.find((l) => l.startsWith(`  ${name}: [`))!;
    expect(changed).toEqual([line.replace(`  ${name}: [`, `  ${name}: ["0b DryRun", `)]);
    // Structures are referred to by name.
    expect(after.join("\n")).toContain('"0[#Filter Filters"');
  });
});
