// Validation of a spec against spec/schema.json and against itself (references, duplicates).
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { fileURLToPath } from "node:url";
import { typeRefs, type Service, type Type } from "./types.ts";

export const SCHEMA_PATH = fileURLToPath(new URL("../../spec/schema.json", import.meta.url));

let compiled: ((data: unknown) => boolean) & { errors?: unknown } | undefined;

function validator() {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, "utf8")));
  }
  return compiled;
}

export interface SpecProblem {
  /** A JSON pointer-ish path into the spec ("/actions/3/input/0/type"). */
  path: string;
  message: string;
}

/** Schema violations of one spec object; [] when it is valid. */
export function schemaProblems(spec: unknown): SpecProblem[] {
  const validate = validator();
  if (validate(spec)) return [];
  const errors = (validate.errors ?? []) as { instancePath: string; message?: string }[];
  return errors.map((e) => ({ path: e.instancePath || "/", message: e.message ?? "invalid" }));
}

/** Struct names referenced from actions or structs but not defined in the spec. */
export function danglingRefs(spec: Service): { name: string; from: string }[] {
  const defined = new Set(spec.types.map((t) => t.name));
  const out: { name: string; from: string }[] = [];
  const check = (type: Type, from: string) => {
    for (const ref of typeRefs(type)) if (!defined.has(ref)) out.push({ name: ref, from });
  };
  for (const a of spec.actions) {
    for (const f of a.input) check(f.type, `${a.name}.input.${f.name}`);
    for (const f of a.output) check(f.type, `${a.name}.output.${f.name}`);
  }
  for (const t of spec.types) for (const f of t.fields) check(f.type, `${t.name}.${f.name}`);
  return out;
}
