// Shared by the docs emitter tests: fixtures, running the emitter in memory, and a link checker
// over the emitted site.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import * as cheerio from "cheerio";
import { docsEmitter, docsSiteEmitter, docsSiteIndexEmitter } from "../../../generator/emit/docs/index.ts";
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
  for (const emitter of [docsEmitter, docsSiteEmitter, docsSiteIndexEmitter]) {
    // As the pipeline calls it: an emitter that reduces specs sees the reductions.
    const seen = emitter.reduce ? specs.map(emitter.reduce) : specs;
    for (const [path, content] of await emitter.emit({ specs: seen, templatesDir: join(REPO_ROOT, "templates"), diagnostics })) {
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

interface PageLinks {
  /** href/src values of a, link, script and img elements. */
  links: { href: string; anchor: boolean }[];
  ids: Set<string>;
}

/** Links and ids of every HTML page under `prefix`, each page parsed once (htmlparser2 through
 * cheerio: several times faster than parse5 over a thousand pages, and our pages are well formed). */
export function sitePages(files: Map<string, string>, prefix = "docs-site/"): Map<string, PageLinks> {
  const out = new Map<string, PageLinks>();
  for (const [path, content] of files) {
    if (!path.startsWith(prefix) || !path.endsWith(".html")) continue;
    const $ = cheerio.load(content, { xml: { xmlMode: false, decodeEntities: true } });
    const links: PageLinks["links"] = [];
    $("a[href], link[href], script[src], img[src]").each((_, el) => {
      links.push({ href: $(el).attr("href") ?? $(el).attr("src")!, anchor: (el as { name?: string }).name === "a" });
    });
    out.set(path, { links, ids: new Set($("[id]").map((_, el) => $(el).attr("id")!).get()) });
  }
  return out;
}

function resolveLink(page: string, href: string): { file: string; fragment?: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//") || href.startsWith("/")) return undefined;
  const [file, fragment] = href.split("#", 2) as [string, string | undefined];
  return { file: file === "" ? page : posix.normalize(posix.join(posix.dirname(page), file)), ...(fragment ? { fragment } : {}) };
}

/** Every href/src of every page that does not reach an emitted file (and, with a fragment, an
 * element with that id). External and absolute URLs count as broken: the site must work offline
 * and from any directory. */
export function brokenLinks(files: Map<string, string>, pages = sitePages(files)): { pages: number; links: number; broken: BrokenLink[] } {
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const [page, { links: hrefs }] of pages) {
    for (const { href } of hrefs) {
      links++;
      const target = resolveLink(page, href);
      if (!target) broken.push({ page, href, reason: "not a relative link" });
      else if (!files.has(target.file)) broken.push({ page, href, reason: `no file ${target.file}` });
      else if (target.fragment && target.file.endsWith(".html") && !pages.get(target.file)?.ids.has(target.fragment)) {
        broken.push({ page, href, reason: `no #${target.fragment} in ${target.file}` });
      }
    }
  }
  return { pages: pages.size, links, broken };
}

/** The HTML pages reached by following <a href> from the site's index.html. */
export function reachablePages(files: Map<string, string>, pages = sitePages(files), start = "docs-site/index.html"): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const page = queue.shift()!;
    for (const { href, anchor } of pages.get(page)?.links ?? []) {
      const target = anchor ? resolveLink(page, href) : undefined;
      if (target && pages.has(target.file) && !seen.has(target.file)) {
        seen.add(target.file);
        queue.push(target.file);
      }
    }
  }
  return seen;
}
