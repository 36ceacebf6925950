// Package versions move at release time, not at every generation.
//
// spec/versions.json records, per package, the version it was last released at and the content hash
// of what was released under that version (key: the spec path of a client package; "runtime" for the
// runtime package). spec/released-api.json (released-api.ts) records the API each client package was
// released with. `generate` emits every package at its released version and only computes the
// pending bump of each, never writing either file:
//   - content hash equal to the released one: nothing pending, so an edit that is later reverted
//     leaves no bump;
//   - otherwise by the API diff against the released API, as `docs2sdk diff` classifies it: a
//     breaking change is a major bump (minor below 1.0.0), any other API change a minor one (patch
//     below 1.0.0), content alone (a template change, a new runtime) a patch;
//   - a package never released (no entry, or a version written by hand without a hash) is released
//     at its version as it stands (0.1.0 for a new one).
// `docs2sdk version` (release.ts) applies the pending bumps, records the new hashes and APIs, and
// writes each package's CHANGELOG.md. A version written into versions.json by hand is the base the
// next bump starts from; nothing rewrites it but a release of that package.
//
// The hash of a package covers every file below its directory, with its own version masked (in
// package.json structurally, elsewhere textually) and its dependency on the runtime replaced by the
// runtime version it will depend on once released, so that releasing the runtime re-releases its
// dependents in the same step and leaves nothing pending afterwards.
import { createHash } from "node:crypto";
import { readSpecRecord } from "./spec-record.ts";
import type { SpecDiff } from "../diff/spec-diff.ts";
import { CLIENT_PACKAGE_VERSION } from "../emit/client/model.ts";

export const VERSIONS_FILE = "versions.json";
/** The key of the runtime package in spec/versions.json (client packages are keyed by spec path). */
export const RUNTIME_KEY = "runtime";
/** The version a package is first released at, unless one is written by hand. */
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

/** The bump an API diff calls for (no diff or no API change: the content alone changed, a patch). */
export function bumpFor(diff: SpecDiff | undefined): Bump {
  if (!diff || diff.changes.length === 0) return "patch";
  return diff.breaking > 0 ? "breaking" : "feature";
}

/** One entry of spec/versions.json: a released version and its content hash, or a version written by hand. */
export type VersionEntry = string | { version: string; contentHash: string };

export const entryVersion = (e: VersionEntry): string => (typeof e === "string" ? e : e.version);

/** The version a package is emitted at: its released (or hand-written) one, FIRST_VERSION when it has none. */
export function releasedVersion(entry: VersionEntry | undefined): string {
  return entry === undefined ? FIRST_VERSION : entryVersion(entry);
}

/** spec/versions.json's versions, or {} when there is none yet. */
export function readVersions(specDir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(readVersionEntries(specDir)).map(([path, e]) => [path, entryVersion(e)]));
}

/** spec/versions.json, or {} when there is none yet. Throws, naming the file, when it is not JSON or not an object of versions. */
export function readVersionEntries(specDir: string): Record<string, VersionEntry> {
  const isEntry = (v: unknown) =>
    typeof v === "string" || (typeof v === "object" && v !== null && typeof (v as { version?: unknown }).version === "string" && typeof (v as { contentHash?: unknown }).contentHash === "string");
  const value = readSpecRecord<VersionEntry>(specDir, VERSIONS_FILE, isEntry, 'an object of package (spec path or "runtime") -> version (or { version, contentHash })');
  for (const [key, entry] of Object.entries(value)) {
    if (!/^\d+\.\d+\.\d+$/.test(entryVersion(entry))) throw new Error(`spec/${VERSIONS_FILE}: ${key}: "${entryVersion(entry)}" is not a version of the form major.minor.patch`);
  }
  return value;
}

/** Emitted paths (relative to the output directory) grouped by their top-level directory, each list sorted; built once per run. */
export function packageIndex(paths: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const path of paths) {
    const slash = path.indexOf("/");
    if (slash <= 0) continue;
    const dir = path.slice(0, slash);
    const list = index.get(dir);
    if (list) list.push(path);
    else index.set(dir, [path]);
  }
  for (const list of index.values()) list.sort();
  return index;
}

export interface HashedPackage {
  /** The package's files (paths relative to the output directory, all below one directory), sorted. */
  paths: readonly string[];
  /** The version the files embed, masked out of the hash. */
  version: string;
  /** The runtime a client depends on: its package name and the version it will be released at. */
  runtime?: { name: string; version: string };
}

const DEPENDENCY_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"] as const;

/** package.json with its own version and its runtime dependency masked (key order kept); undefined when it is not a JSON object. */
function maskedPackageJson(text: string, runtimeName: string | undefined): string | undefined {
  let pkg: unknown;
  try {
    pkg = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof pkg !== "object" || pkg === null || Array.isArray(pkg)) return undefined;
  const out: Record<string, unknown> = { ...(pkg as Record<string, unknown>) };
  if ("version" in out) out.version = "<version>";
  for (const field of DEPENDENCY_FIELDS) {
    const deps = out[field];
    if (runtimeName && deps && typeof deps === "object" && Object.hasOwn(deps, runtimeName)) out[field] = { ...deps, [runtimeName]: "<runtime>" };
  }
  return JSON.stringify(out);
}

/**
 * The content hash of one package: its files with its own version masked (package.json structurally,
 * other text files wherever the exact version appears) and, for a client, its runtime dependency
 * replaced by the runtime version it will depend on once released.
 */
export function packageHash(files: Pick<ReadonlyMap<string, string | Uint8Array>, "get">, pkg: HashedPackage): string {
  const h = createHash("sha256");
  const mask = new RegExp(`(?<![\\d.])${pkg.version.replace(/\./g, "\\.")}(?!\\d|\\.\\d)`, "g");
  for (const path of pkg.paths) {
    const content = files.get(path)!;
    let hashed: string | Uint8Array = content;
    if (typeof content === "string") {
      const isManifest = path.indexOf("/") === path.lastIndexOf("/") && path.endsWith("/package.json");
      hashed = (isManifest ? maskedPackageJson(content, pkg.runtime?.name) : undefined) ?? content.replace(mask, "<version>");
    }
    h.update(path).update("\0").update(hashed).update("\0");
  }
  if (pkg.runtime) h.update(`runtime ${pkg.runtime.version}\0`);
  return `sha256:${h.digest("hex")}`;
}

/** A package whose content differs from its last release (or that was never released), and the version it is to be released at. */
export interface PendingRelease {
  /** Its key in spec/versions.json: the spec path, or "runtime". */
  key: string;
  /** Its directory below the output directory. */
  dir: string;
  /** The npm package name. */
  name: string;
  /** The version it was last released at (or written by hand with no release recorded: then `first`). */
  from: string;
  to: string;
  /** "first": never released (to is its version as it stands); else the kind of bump. */
  reason: "first" | Bump;
  /** The content hash to record for `to`. */
  contentHash: string;
  /** What changed in its API since the release (clients whose released API is recorded). */
  apiDiff?: SpecDiff;
}

/**
 * The pending release of one package, undefined when its content is the released one. `apiDiff` is
 * asked only when the content moved (it is the costly part).
 */
export function pendingRelease(
  pkg: { key: string; dir: string; name: string },
  entry: VersionEntry | undefined,
  contentHash: string,
  apiDiff: () => SpecDiff | undefined,
): PendingRelease | undefined {
  if (entry === undefined || typeof entry === "string") {
    const version = releasedVersion(entry);
    return { ...pkg, from: version, to: version, reason: "first", contentHash };
  }
  if (entry.contentHash === contentHash) return undefined;
  const diff = apiDiff();
  const bump = bumpFor(diff);
  return { ...pkg, from: entry.version, to: bumpVersion(entry.version, bump), reason: bump, contentHash, ...(diff && { apiDiff: diff }) };
}

/** spec/versions.json after releasing `pending`: the other entries exactly as they were (hand-written ones included), keys sorted. */
export function releasedEntries(previous: Record<string, VersionEntry>, pending: readonly PendingRelease[]): Record<string, VersionEntry> {
  const next: Record<string, VersionEntry> = { ...previous };
  for (const p of pending) next[p.key] = { version: p.to, contentHash: p.contentHash };
  return Object.fromEntries(Object.keys(next).sort().map((k) => [k, next[k]!]));
}
