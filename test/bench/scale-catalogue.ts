// A synthetic cloud catalogue for the scale benchmark (issue 22): the bundled documents copied again
// and again, each copy under service names of its own, in a temporary project with a
// docs2sdk.config.json, as a user's SDK repository would have it.
//
// Each copy renames every service the bundled documents name (in hosts such as `cvm.tencentcloudapi.com`,
// short product names, banners) by a suffix (`cvm` -> `cvmx3`), so every copy parses into spec files
// and packages of its own and no two copies collide.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultInputs, REPO_ROOT } from "../../generator/pipeline/generate.ts";

/** Every service name the bundled documents use (hosts, product names, banners). */
const SERVICE_NAMES = ["ecs", "vpc", "dfw", "eip", "cvm", "image", "ecm", "lighthouse"];
const SERVICE_WORD = new RegExp(`(?<![A-Za-z])(${SERVICE_NAMES.join("|")})(?![A-Za-z])`, "gi");

/** Actions each bundled document gives (from spec/report.json), so a catalogue can be sized by actions. */
export interface SeedDocument {
  name: string;
  text: string;
  actions: number;
}

export function seedDocuments(): SeedDocument[] {
  const report = JSON.parse(readFileSync(join(REPO_ROOT, "spec", "report.json"), "utf8")) as { file: string; coverage: { actionsFound: number }[] }[];
  return defaultInputs(REPO_ROOT).map((path) => {
    const name = path.slice(path.lastIndexOf("/") + 1);
    const entry = report.find((r) => r.file.endsWith(`/${name}`));
    if (!entry) throw new Error(`spec/report.json has no entry for ${name}; run docs2sdk generate first`);
    return { name, text: readFileSync(path, "utf8"), actions: entry.coverage.reduce((n, c) => n + c.actionsFound, 0) };
  });
}

/** The document's text with every service name suffixed (case kept: `CVM` -> `CVMX3`, `cvm` -> `cvmx3`). */
export function renameServices(text: string, suffix: string): string {
  return text.replace(SERVICE_WORD, (word) => (word === word.toUpperCase() ? word + suffix.toUpperCase() : word + suffix.toLowerCase()));
}

export interface Catalogue {
  root: string;
  /** Document paths, relative to root. */
  documents: string[];
  actions: number;
}

/**
 * Writes a project in `root` whose documents give at least `targetActions` actions: copy 1 of every
 * bundled document, then copy 2, ..., one document at a time, each copy renamed.
 */
export function writeCatalogue(root: string, targetActions: number, seeds = seedDocuments()): Catalogue {
  mkdirSync(join(root, "docs"), { recursive: true });
  const documents: string[] = [];
  let actions = 0;
  for (let copy = 1; actions < targetActions; copy++) {
    for (const seed of seeds) {
      if (actions >= targetActions) break;
      const rel = `docs/x${copy}-${seed.name}`;
      writeFileSync(join(root, rel), renameServices(seed.text, `x${copy}`));
      documents.push(rel);
      actions += seed.actions;
    }
  }
  writeFileSync(join(root, "docs2sdk.config.json"), JSON.stringify({ inputs: ["docs/*.txt"], specDir: "spec", outDir: "generated" }, null, 2) + "\n");
  return { root, documents, actions };
}

/**
 * Edits one description sentence in a document (the first action description), as a documentation
 * update does: the spec and the packages of that document change, nothing else.
 */
export function editOneDescription(path: string, stamp: string): void {
  const text = readFileSync(path, "utf8");
  const sentence = /^本接口\s*[(（]\w+[)）]\s*用于/m.exec(text);
  if (!sentence) throw new Error(`${path}: no action description (本接口 (Action) 用于...) to edit`);
  const at = sentence.index + sentence[0].length;
  writeFileSync(path, text.slice(0, at) + `（${stamp}）` + text.slice(at));
}
