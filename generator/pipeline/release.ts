// `docs2sdk version`: releases what generate reports as pending. It regenerates, applies each pending
// bump (spec/versions.json gets the new version and content hash, spec/released-api.json the API
// released), prepends an entry to each released package's changelog (spec/changelogs/<dir>.md, copied
// into the package as CHANGELOG.md), and regenerates once more so that every package embeds its new
// version. Afterwards nothing is pending, and a generate changes nothing.
import { join } from "node:path";
import { specJson, generate, loadSpecs, REPO_ROOT, type GenerateOptions, type GenerateResult } from "./generate.ts";
import { commitPlans, planSync, type FileContent } from "./sync-tree.ts";
import { readVersionEntries, releasedEntries, RUNTIME_KEY, VERSIONS_FILE, type PendingRelease } from "./versions.ts";
import { readReleasedApis, releasedApi, releasedApisJson, RELEASED_API_FILE } from "./released-api.ts";
import { changelogPath, prependEntry, readChangelog, releaseEntry } from "./changelog.ts";

export interface ReleaseResult {
  /** The generate run the release was computed from (aborted, or with errors: nothing was released). */
  generated: GenerateResult;
  /** What was released (or, under dryRun, would be). */
  released: PendingRelease[];
  /** Files written below the spec directory. */
  specWritten: string[];
  /** The generate run after the release (absent when nothing was released or under dryRun). */
  regenerated?: GenerateResult;
}

/** Releases every pending package; with dryRun, only reports what would be released (writing nothing). */
export async function release(options: GenerateOptions & { dryRun?: boolean }): Promise<ReleaseResult> {
  const { dryRun, ...generateOptions } = options;
  const generated = await generate({ ...generateOptions, check: dryRun, specOnly: false });
  const pending = generated.pendingReleases;
  if (generated.aborted || generated.errors > 0 || pending.length === 0 || dryRun) {
    return { generated, released: generated.aborted || generated.errors > 0 ? [] : pending, specWritten: [] };
  }
  const root = generateOptions.root ?? REPO_ROOT;
  const specDir = generateOptions.specDir ?? join(root, "spec");
  const plan = planSync(specDir, releaseFiles(specDir, root, pending), { owns: () => false });
  commitPlans([plan], specDir);
  const regenerated = await generate({ ...generateOptions, check: false, specOnly: false });
  if (regenerated.pendingReleases.length > 0) {
    // The hash of a package must not depend on its own version: a package still pending is a bug here.
    throw new Error(`docs2sdk version: still pending after the release: ${regenerated.pendingReleases.map((p) => p.name).join(", ")}`);
  }
  return { generated, released: pending, specWritten: plan.result.written, regenerated };
}

/** The spec-side record of a release: versions.json, released-api.json and each released package's changelog. */
function releaseFiles(specDir: string, root: string, pending: readonly PendingRelease[]): Map<string, FileContent> {
  const files = new Map<string, FileContent>();
  files.set(VERSIONS_FILE, specJson(releasedEntries(readVersionEntries(specDir), pending)));
  const apis = readReleasedApis(specDir);
  const specs = new Map(loadSpecs(root, specDir).map((s) => [s.path, s.service]));
  for (const p of pending) {
    const service = specs.get(p.key);
    if (p.key !== RUNTIME_KEY && service) apis[p.key] = releasedApi(service);
  }
  files.set(RELEASED_API_FILE, releasedApisJson(apis));
  const runtime = pending.find((p) => p.key === RUNTIME_KEY && p.from !== p.to);
  for (const p of pending) {
    const dependency = runtime && p.key !== RUNTIME_KEY ? { name: runtime.name, from: runtime.from, to: runtime.to } : undefined;
    files.set(changelogPath(p.dir), prependEntry(readChangelog(specDir, p.dir), releaseEntry(p, dependency)));
  }
  return files;
}
