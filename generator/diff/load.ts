// Pairing the two sides of `docs2sdk diff OLD NEW`: two spec files, or two spec directories
// matched by provider/service/version. Within one directory a spec that says it is superseded by
// another is compared with it, so that two documents of the same API can be read side by side.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { listFiles } from "../pipeline/sync-tree.ts";
import type { Service } from "../spec/types.ts";
import { specPath } from "../spec/types.ts";
import { diffSpecs, type SpecDiff } from "./spec-diff.ts";

function readSpec(path: string): Service {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`${path}: not a spec file (${(e as Error).message})`);
  }
  const s = value as Service;
  if (!s || typeof s.service !== "string" || !Array.isArray(s.actions)) throw new Error(`${path}: not a spec file (no service/actions)`);
  return s;
}

function readSpecDir(dir: string): Map<string, Service> {
  const out = new Map<string, Service>();
  for (const rel of listFiles(dir)) {
    if (!rel.endsWith(".json") || rel.startsWith("sources/")) continue;
    let s: Service;
    try {
      s = readSpec(join(dir, rel));
    } catch {
      continue; // schema.json, report.json and other non-spec JSON
    }
    out.set(specPath(s).replace(/\.json$/, ""), s);
  }
  return out;
}

export function diffPaths(oldPath: string, newPath: string): SpecDiff[] {
  if (!statSync(oldPath).isDirectory() && !statSync(newPath).isDirectory()) {
    return [diffSpecs(readSpec(oldPath), readSpec(newPath))];
  }
  if (!statSync(oldPath).isDirectory() || !statSync(newPath).isDirectory()) {
    throw new Error("diff takes two spec files or two directories");
  }
  const before = readSpecDir(oldPath);
  const after = readSpecDir(newPath);
  const out: SpecDiff[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(key);
    const b = after.get(key);
    if (a && b) out.push(diffSpecs(a, b));
    else if (a) out.push(diffSpecs(a, { ...a, actions: [], types: [], errors: [] }, { new: `${key} (removed)` }));
    else if (b) out.push(diffSpecs({ ...b, actions: [], types: [], errors: [] }, b, { old: `${key} (new)` }));
  }
  return out;
}

/** Every superseded spec in a directory against the spec that supersedes it. */
export function diffSuperseded(dir: string): SpecDiff[] {
  const specs = readSpecDir(dir);
  const out: SpecDiff[] = [];
  for (const [key, s] of [...specs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!s.supersededBy) continue;
    const newer = specs.get(s.supersededBy);
    if (!newer) throw new Error(`${key} is superseded by ${s.supersededBy}, which is not in ${dir}`);
    out.push(diffSpecs(s, newer, { old: key, new: s.supersededBy }));
  }
  return out;
}
