// Package versions that follow the API. spec/versions.json holds the version of the package each spec
// file becomes; a run that rewrites a spec file bumps it by what the rewrite changed, as `docs2sdk diff`
// classifies it: a breaking change is a major bump (minor below 1.0.0), any other API change a minor
// one (patch below 1.0.0), and a rewrite that leaves the API alone (descriptions, line numbers) a
// patch, since the package's bytes change all the same. A run that rewrites nothing changes nothing,
// so regeneration stays byte-for-byte reproducible.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SpecDiff } from "../diff/spec-diff.ts";
import { CLIENT_PACKAGE_VERSION } from "../emit/client/model.ts";

export const VERSIONS_FILE = "versions.json";
/** A new spec's package starts where the client emitter starts one without a recorded version. */
export const FIRST_VERSION = CLIENT_PACKAGE_VERSION;

export type Bump = "breaking" | "feature" | "patch";

/** The version after a change of the given kind (semver; below 1.0.0 every level moves down one place). */
export function bumpVersion(version: string, bump: Bump): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) throw new Error(`${VERSIONS_FILE}: "${version}" is not a version of the form major.minor.patch`);
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const level = major === 0 ? (bump === "breaking" ? "minor" : "patch") : bump === "breaking" ? "major" : bump === "feature" ? "minor" : "patch";
  if (level === "major") return `${major + 1}.0.0`;
  if (level === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The bump a rewrite of one spec file calls for, from its API diff (undefined: the API did not change). */
export function bumpFor(diff: SpecDiff | undefined): Bump {
  if (!diff || diff.changes.length === 0) return "patch";
  return diff.breaking > 0 ? "breaking" : "feature";
}

/** spec/versions.json, or {} when there is none yet. Throws, naming the file, when it is not JSON or not an object of strings. */
export function readVersions(specDir: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(join(specDir, VERSIONS_FILE), "utf8");
  } catch {
    return {};
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`spec/${VERSIONS_FILE}: not JSON (${(e as Error).message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || Object.values(value).some((v) => typeof v !== "string")) {
    throw new Error(`spec/${VERSIONS_FILE}: expected an object of spec path -> version`);
  }
  return value as Record<string, string>;
}

export interface VersionInputs {
  previous: Record<string, string>;
  /** Spec paths that exist after the run (written, unchanged, or left alone). */
  present: Iterable<string>;
  /** Spec paths this run rewrites (their text differs from the file on disk), with the API diff if any. */
  rewritten: Map<string, SpecDiff | undefined>;
}

/** The versions after a run, keys sorted (a path that is gone is dropped; a new one starts at FIRST_VERSION). */
export function nextVersions({ previous, present, rewritten }: VersionInputs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of [...new Set(present)].sort()) {
    const before = Object.hasOwn(previous, path) ? previous[path]! : undefined;
    if (before === undefined) out[path] = FIRST_VERSION;
    else out[path] = rewritten.has(path) ? bumpVersion(before, bumpFor(rewritten.get(path))) : before;
  }
  return out;
}
