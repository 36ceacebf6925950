// Shared by the docs emitter tests: fixtures, running the emitter in memory, and a link checker
// over the emitted site.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import * as cheerio from "cheerio";
import { docsEmitter, docsSiteEmitter } from "../../../generator/emit/docs/index.ts";
import type { LoadedSpec } from "../../../generator/emit/emitter.ts";
import { loadSpecs, REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";

export const FIXTURES = join(import.meta.dirname, "fixtures");
export const GOLDEN = join(import.meta.dirname, "golden");

/** The specs of a fixture tree (test/emit/docs/fixtures/<name>/spec/...), read as the pipeline reads spec/. */
export function fixtureSpecs(name: string): LoadedSpec[] {
  return loadSpecs(join(FIXTURES, name));
}

/** Both docs emitters over `specs`, as the pipeline runs them (the package docs of all specs at once). */
export async function emitDocs(specs: LoadedSpec[]): Promise<{ files: Map<string, string>; diagnostics: Diagnostics }> {
  const diagnostics = new Diagnostics("generated");
  const files = new Map<string, string>();
  for (const emitter of [docsEmitter, docsSiteEmitter]) {
    for (const [path, content] of await emitter.emit({ specs, templatesDir: join(REPO_ROOT, "templates"), diagnostics })) {
      if (files.has(path)) throw new Error(`${emitter.name} writes ${path} twice`);
      files.set(path, content as string);
    }
  }
  return { files, diagnostics };
}

export function writeFiles(root: string, files: Map<string, string | Uint8Array>): void {
  for (const [path, content] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** Every href/src of every HTML page under `prefix` that does not reach an emitted file (and, with
 * a fragment, an element with that id). External URLs count as broken: the site must work offline. */
export function brokenLinks(files: Map<string, string>, prefix = "docs-site/"): { pages: number; links: number; broken: BrokenLink[] } {
  const ids = new Map<string, Set<string>>();
  const docs = new Map<string, cheerio.CheerioAPI>();
  for (const [path, content] of files) {
    if (!path.startsWith(prefix) || !path.endsWith(".html")) continue;
    const $ = cheerio.load(content);
    docs.set(path, $);
    ids.set(path, new Set($("[id]").map((_, el) => $(el).attr("id")!).get()));
  }
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const [page, $] of docs) {
    $("a[href], link[href], script[src], img[src]").each((_, el) => {
      const href = $(el).attr("href") ?? $(el).attr("src")!;
      links++;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) {
        broken.push({ page, href, reason: "not a relative link" });
        return;
      }
      const [file, fragment] = href.split("#", 2) as [string, string | undefined];
      const target = file === "" ? page : posix.normalize(posix.join(posix.dirname(page), file));
      if (!files.has(target)) broken.push({ page, href, reason: `no file ${target}` });
      else if (fragment && target.endsWith(".html") && !ids.get(target)?.has(fragment)) broken.push({ page, href, reason: `no #${fragment} in ${target}` });
    });
  }
  return { pages: docs.size, links, broken };
}

/** The HTML pages reached by following <a href> from the site's index.html. */
export function reachablePages(files: Map<string, string>, start = "docs-site/index.html"): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const page = queue.shift()!;
    const $ = cheerio.load(files.get(page) ?? "");
    $("a[href]").each((_, el) => {
      const file = $(el).attr("href")!.split("#", 1)[0]!;
      if (file === "" || /^[a-z][a-z0-9+.-]*:/i.test(file)) return;
      const target = posix.normalize(posix.join(posix.dirname(page), file));
      if (target.endsWith(".html") && files.has(target) && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    });
  }
  return seen;
}
