// Source positions live beside the spec files, not in them: an edit near the top of a document shifts
// the line of everything below it, and a spec diff full of moved line numbers hides the API changes a
// reviewer is looking for. So the spec files keep only which document they came from (and its
// dialect), and spec/source-lines.json keeps every position, by spec path and JSON path:
//   { "tencentcloud/cvm/2017-03-12.json": { "": { "startLine": 1, "endLine": 900 }, "/actions/0": { "file": "...", "line": 12 }, ... } }
// Readers of the spec that want lines (emitters' diagnostics, the changelog) merge them back in.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Service } from "../spec/types.ts";

export const SOURCE_LINES_FILE = "source-lines.json";

/** One spec's positions: "" is the service's own line span; every other key is the JSON path of an object whose `source` it is. */
export type SpecSourceLines = Record<string, Record<string, unknown>>;

type Json = unknown;

/** The spec without line numbers (a new object; `service` is left alone) and the positions taken out of it. */
export function splitSourceLines(service: Service): { spec: Service; lines: SpecSourceLines } {
  const lines: SpecSourceLines = {};
  const strip = (value: Json, path: string): Json => {
    if (Array.isArray(value)) return value.map((v, i) => strip(v, `${path}/${i}`));
    if (value === null || typeof value !== "object") return value;
    const out: Record<string, Json> = {};
    for (const [key, v] of Object.entries(value)) {
      if (key === "source" && path !== "" && v !== null && typeof v === "object") {
        lines[path] = v as Record<string, unknown>;
        continue;
      }
      out[key] = strip(v, `${path}/${escapeKey(key)}`);
    }
    return out;
  };
  const spec = strip(service, "") as Service;
  if (service.source) {
    // The service keeps the document it came from and its dialect; the line span moves out.
    const { startLine, endLine, ...kept } = service.source;
    lines[""] = { startLine, endLine };
    (spec as { source?: unknown }).source = kept;
  }
  return { spec, lines };
}

/** The spec with its positions put back where splitSourceLines took them from (a new object). */
export function mergeSourceLines(spec: Service, lines: SpecSourceLines | undefined): Service {
  if (!lines) return spec;
  const copy = structuredClone(spec) as Service;
  for (const [path, source] of Object.entries(lines)) {
    if (path === "") {
      if (copy.source) Object.assign(copy.source, source);
      continue;
    }
    const target = resolvePointer(copy, path);
    if (target && typeof target === "object" && !Array.isArray(target)) (target as Record<string, unknown>).source = source;
  }
  return copy;
}

/** spec/source-lines.json, or {} when there is none (or it is not an object). */
export function readSourceLines(specDir: string): Record<string, SpecSourceLines> {
  try {
    const value = JSON.parse(readFileSync(join(specDir, SOURCE_LINES_FILE), "utf8")) as unknown;
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, SpecSourceLines>) : {};
  } catch {
    return {};
  }
}

function escapeKey(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

function resolvePointer(root: Json, pointer: string): Json {
  let node: Json = root;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, Json>)[key];
  }
  return node;
}
