// spec/released-api.json: the API each client package was last released with, by spec path, so that
// a pending bump and a CHANGELOG entry are classified against the release (not against whatever the
// previous run happened to write). Only what `docs2sdk diff` compares is kept (names, types,
// required/nullable flags, enumerations, error codes, and the document line of each item, which a
// CHANGELOG entry names), not prose or examples, one spec per line. Written only by `docs2sdk version`.
import { readSpecRecord } from "./spec-record.ts";
import type { Action, Field, Service, SourceRef, Struct } from "../spec/types.ts";

export const RELEASED_API_FILE = "released-api.json";

/** A released field: what the diff compares, the enumeration as its values, the document line as a number. */
interface ReleasedField {
  name: string;
  type: Field["type"];
  required: boolean;
  nullable?: true;
  enum?: string[];
  enumClosed?: true;
  line?: number;
  /** Only when it differs from the spec's document. */
  file?: string;
}

interface ReleasedItem {
  name: string;
  line?: number;
  file?: string;
}

/** One spec's released API, as stored (one line per spec in the file: a machine record, read by the next release). */
export interface ReleasedApi {
  provider: Service["provider"];
  service: string;
  version: string;
  protocol: Service["protocol"];
  endpoint: string;
  /** The document its lines are in. */
  file?: string;
  actions: (ReleasedItem & { input: ReleasedField[]; output: ReleasedField[]; errors: string[] })[];
  types: (ReleasedItem & { fields: ReleasedField[] })[];
}

/** What of a spec (with its source lines) a release records: what diffSpecs compares, and each item's document line. */
export function releasedApi(service: Service): ReleasedApi {
  const file = service.source?.file;
  const at = (source: SourceRef | undefined): { line?: number; file?: string } =>
    source ? { line: source.line, ...(source.file !== file && { file: source.file }) } : {};
  const field = (f: Field): ReleasedField => ({
    name: f.name,
    type: f.type,
    required: f.required,
    ...(f.nullable && { nullable: true as const }),
    ...(f.enum && { enum: f.enum.map((e) => e.value) }),
    ...(f.enumClosed && { enumClosed: true as const }),
    ...at(f.source),
  });
  const action = (a: Action) => ({ name: a.name, ...at(a.source), input: a.input.map(field), output: a.output.map(field), errors: a.errors.map((e) => e.code) });
  const struct = (t: Struct) => ({ name: t.name, ...at(t.source), fields: t.fields.map(field) });
  return {
    provider: service.provider,
    service: service.service,
    version: service.version,
    protocol: service.protocol,
    endpoint: service.endpoint,
    ...(file !== undefined && { file }),
    actions: service.actions.map(action),
    types: service.types.map(struct),
  };
}

/** A released API as a spec for diffSpecs: no prose, no examples, each item's source from its line. */
export function releasedService(api: ReleasedApi): Service {
  const source = (item: { line?: number; file?: string }): { source?: SourceRef } => {
    const file = item.file ?? api.file;
    return item.line !== undefined && file !== undefined ? { source: { file, line: item.line } } : {};
  };
  const field = (f: ReleasedField): Field => ({
    name: f.name,
    type: f.type,
    required: f.required,
    description: "",
    ...(f.nullable && { nullable: true }),
    ...(f.enum && { enum: f.enum.map((value) => ({ value })) }),
    ...(f.enumClosed && { enumClosed: true }),
    ...source(f),
  });
  return {
    provider: api.provider,
    service: api.service,
    version: api.version,
    protocol: api.protocol,
    endpoint: api.endpoint,
    title: "",
    actions: api.actions.map((a) => ({ name: a.name, title: "", description: "", input: a.input.map(field), output: a.output.map(field), errors: a.errors.map((code) => ({ code, description: "" })), examples: [], ...source(a) })),
    types: api.types.map((t) => ({ name: t.name, description: "", fields: t.fields.map(field), ...source(t) })),
    errors: [],
  };
}

/** The file's text: keys sorted, one spec per line, so a release rewrites only the lines of the specs it releases. */
export function releasedApisJson(apis: Record<string, ReleasedApi>): string {
  const keys = Object.keys(apis).sort();
  return `{\n${keys.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(apis[k])}`).join(",\n")}\n}\n`;
}

/** spec/released-api.json, or {} when nothing was released yet. Throws, naming the file, when it is not an object of specs. */
export function readReleasedApis(specDir: string): Record<string, ReleasedApi> {
  const isApi = (v: unknown) => typeof v === "object" && v !== null && Array.isArray((v as ReleasedApi).actions) && Array.isArray((v as ReleasedApi).types);
  return readSpecRecord<ReleasedApi>(specDir, RELEASED_API_FILE, isApi, "an object of spec path -> released API");
}
