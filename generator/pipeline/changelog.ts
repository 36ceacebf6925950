// Each package's CHANGELOG.md. `docs2sdk version` prepends one entry per release to
// spec/changelogs/<package dir>.md (spec/ is the record of releases; generated/ is derived from it),
// and every generate copies it into the package, so deleting generated/ and regenerating loses nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderChangelogEntry } from "../diff/render.ts";
import type { SpecDiff } from "../diff/spec-diff.ts";
import type { PendingRelease } from "./versions.ts";

export const CHANGELOGS_DIR = "changelogs";
export const CHANGELOG_FILE = "CHANGELOG.md";
const HEADER = "# Changelog\n\n";
/** A package's CHANGELOG.md before its first release. */
export const NO_RELEASE_YET = `${HEADER}No release recorded yet (\`docs2sdk version\` adds an entry at each release).\n`;

/** The path below spec/ of a package's changelog. */
export function changelogPath(dir: string): string {
  return `${CHANGELOGS_DIR}/${dir}.md`;
}

/** A package's recorded changelog, undefined when it has none yet. */
export function readChangelog(specDir: string, dir: string): string | undefined {
  try {
    return readFileSync(join(specDir, changelogPath(dir)), "utf8");
  } catch {
    return undefined;
  }
}

const EMPTY_DIFF: SpecDiff = { old: "", new: "", changes: [], breaking: 0 };

/** The entry of one release: what its API diff says (breaking first), and why else it moved. */
export function releaseEntry(release: PendingRelease, runtime: { name: string; from: string; to: string } | undefined): string {
  const notes: string[] = [];
  if (release.reason === "first") notes.push("First release.");
  else if (runtime) notes.push(`Depends on \`${runtime.name}\` ^${runtime.to} (was ^${runtime.from}).`);
  if (release.reason !== "first" && !release.apiDiff && release.key !== "runtime") notes.push("The API released before is not recorded (spec/released-api.json): API changes are not listed.");
  const diff = release.reason === "first" ? EMPTY_DIFF : (release.apiDiff ?? EMPTY_DIFF);
  return renderChangelogEntry(release.to, diff, notes);
}

/** The changelog with `entry` as its newest release. */
export function prependEntry(existing: string | undefined, entry: string): string {
  const rest = existing === undefined || existing === NO_RELEASE_YET ? "" : existing.startsWith(HEADER) ? existing.slice(HEADER.length) : existing;
  return HEADER + entry + (rest ? `\n${rest}` : "");
}
