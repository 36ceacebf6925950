// spec/released-api.json: the API each client package was last released with, by spec path, so that
// a pending bump and a CHANGELOG entry are classified against the release (not against whatever the
// previous run happened to write). Only what `docs2sdk diff` compares is kept (names, types,
// required/nullable flags, enumerations, error codes, and the document line of each item, which a
// CHANGELOG entry names), not prose or examples. Written only by `docs2sdk version`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Action, Field, Service, SourceRef, Struct } from "../spec/types.ts";

export const RELEASED_API_FILE = "released-api.json";

const at = (source: SourceRef | undefined): { source?: SourceRef } => (source ? { source: { file: source.file, line: source.line } } : {});

function releasedField(f: Field): Field {
  return {
    name: f.name,
    type: f.type,
    required: f.required,
    description: "",
    ...(f.nullable && { nullable: true }),
    ...(f.enum && { enum: f.enum.map((e) => ({ value: e.value })) }),
    ...(f.enumClosed && { enumClosed: true }),
    ...at(f.source),
  };
}

function releasedAction(a: Action): Action {
  return {
    name: a.name,
    title: "",
    description: "",
    input: a.input.map(releasedField),
    output: a.output.map(releasedField),
    errors: a.errors.map((e) => ({ code: e.code, description: "" })),
    examples: [],
    ...at(a.source),
  };
}

function releasedStruct(s: Struct): Struct {
  return { name: s.name, description: "", fields: s.fields.map(releasedField), ...at(s.source) };
}

/** What of a spec (with its source lines) a release records: what diffSpecs compares, nothing else. */
export function releasedApi(service: Service): Service {
  return {
    provider: service.provider,
    service: service.service,
    version: service.version,
    protocol: service.protocol,
    endpoint: service.endpoint,
    title: "",
    actions: service.actions.map(releasedAction),
    types: service.types.map(releasedStruct),
    errors: [],
  };
}

/** spec/released-api.json, or {} when nothing was released yet. Throws, naming the file, when it is not an object of specs. */
export function readReleasedApis(specDir: string): Record<string, Service> {
  let text: string;
  try {
    text = readFileSync(join(specDir, RELEASED_API_FILE), "utf8");
  } catch {
    return {};
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`spec/${RELEASED_API_FILE}: not JSON (${(e as Error).message})`);
  }
  const isApi = (v: unknown) => typeof v === "object" && v !== null && Array.isArray((v as Service).actions) && Array.isArray((v as Service).types);
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.values(value).every(isApi)) {
    throw new Error(`spec/${RELEASED_API_FILE}: expected an object of spec path -> released API`);
  }
  return value as Record<string, Service>;
}
