// Package versions that follow the API. spec/versions.json holds the version of the package each spec
// file becomes; a run that rewrites a spec file bumps it by what the rewrite changed, as `docs2sdk diff`
// classifies it: a breaking change is a major bump (minor below 1.0.0), any other API change a minor
// one (patch below 1.0.0), and a rewrite that leaves the API alone (descriptions, line numbers) a
// patch, since the package's bytes change all the same. A run that rewrites nothing changes nothing,
// so regeneration stays byte-for-byte reproducible.
//
// Once a spec's package has been emitted, its entry also records a content hash of the package's
// files (packageHash: every file below its directory, each occurrence of the package's own version
// masked, so that the version it embeds does not feed its own hash). Then a change that leaves the API
// alone is a patch only when that hash moves: a spec rewrite that changes nothing in the package
// (line numbers) moves no version, and a template change that does change the package bumps it.
import { createHash } from "node:crypto";
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

/** One entry of spec/versions.json: a version, or a version and its package's content hash. */
export type VersionEntry = string | { version: string; contentHash: string };

export const entryVersion = (e: VersionEntry): string => (typeof e === "string" ? e : e.version);
const entryHash = (e: VersionEntry | undefined): string | undefined => (e === undefined || typeof e === "string" ? undefined : e.contentHash);

/** spec/versions.json's versions, or {} when there is none yet. */
export function readVersions(specDir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(readVersionEntries(specDir)).map(([path, e]) => [path, entryVersion(e)]));
}

/** spec/versions.json, or {} when there is none yet. Throws, naming the file, when it is not JSON or not an object of versions. */
export function readVersionEntries(specDir: string): Record<string, VersionEntry> {
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
  const isEntry = (v: unknown) =>
    typeof v === "string" || (typeof v === "object" && v !== null && typeof (v as { version?: unknown }).version === "string" && typeof (v as { contentHash?: unknown }).contentHash === "string");
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.values(value).every(isEntry)) {
    throw new Error(`spec/${VERSIONS_FILE}: expected an object of spec path -> version (or { version, contentHash })`);
  }
  return value as Record<string, VersionEntry>;
}

/**
 * The content hash of one package: its files (paths relative to the output directory, below dir/),
 * with every occurrence of `version` masked.
 */
export function packageHash(files: Map<string, string | Uint8Array>, dir: string, version: string): string {
  const h = createHash("sha256");
  const mask = new RegExp(`(?<![\\d.])${version.replace(/\./g, "\\.")}(?!\\d|\\.\\d)`, "g");
  for (const path of [...files.keys()].filter((p) => p.startsWith(`${dir}/`)).sort()) {
    const content = files.get(path)!;
    h.update(path).update("\0").update(typeof content === "string" ? content.replace(mask, "<version>") : content).update("\0");
  }
  return `sha256:${h.digest("hex")}`;
}

/**
 * The versions after emission: each spec whose API did not change (its version in `candidate` is
 * its previous one) is bumped a patch when its package's hash moved, or, with no hash recorded
 * before, when its spec file was rewritten; every entry with a package records its hash.
 * `hashes(path, version)` is the package's hash emitted at that version (undefined: no package).
 */
export function finalVersions(
  previous: Record<string, VersionEntry>,
  candidate: Record<string, string>,
  rewritten: Map<string, SpecDiff | undefined>,
  hashes: (path: string) => string | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, version] of Object.entries(candidate)) {
    const before = previous[path];
    const apiChanged = before === undefined || entryVersion(before) !== version;
    const hash = hashes(path);
    const recorded = entryHash(before);
    let moved: boolean;
    if (apiChanged) moved = false;
    else if (hash !== undefined && recorded !== undefined) moved = hash !== recorded;
    else moved = rewritten.has(path);
    out[path] = moved ? bumpVersion(version, "patch") : version;
  }
  return out;
}

/** spec/versions.json's entries: with the package's hash where it has a package. */
export function versionEntries(versions: Record<string, string>, hashes: (path: string) => string | undefined): Record<string, VersionEntry> {
  return Object.fromEntries(Object.entries(versions).map(([path, version]) => {
    const contentHash = hashes(path);
    return [path, contentHash === undefined ? version : { version, contentHash }];
  }));
}

export interface VersionInputs {
  previous: Record<string, VersionEntry>;
  /** Spec paths that exist after the run (written, unchanged, or left alone). */
  present: Iterable<string>;
  /** Spec paths this run rewrites (their text differs from the file on disk), with the API diff if any. */
  rewritten: Map<string, SpecDiff | undefined>;
}

/**
 * The versions after a run, keys sorted (a path that is gone is dropped; a new one starts at
 * FIRST_VERSION). With `apiOnly`, a rewrite that leaves the API alone keeps its version here: the
 * package's content hash decides after emission (finalVersions).
 */
export function nextVersions({ previous, present, rewritten }: VersionInputs, apiOnly = false): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of [...new Set(present)].sort()) {
    const entry = Object.hasOwn(previous, path) ? previous[path]! : undefined;
    if (entry === undefined) {
      out[path] = FIRST_VERSION;
      continue;
    }
    const before = entryVersion(entry);
    const diff = rewritten.get(path);
    const apiChange = diff !== undefined && diff.changes.length > 0;
    out[path] = rewritten.has(path) && (apiChange || !apiOnly) ? bumpVersion(before, bumpFor(diff)) : before;
  }
  return out;
}
