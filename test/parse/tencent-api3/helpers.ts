// Loading the test excerpts: each fixture is a verbatim excerpt of a bundled document, named
// '<doc>-<first line>-<quirk>.txt', so that parsed lines keep the document's line numbers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanPages, type PageModel } from "../../../generator/parse/text/page-noise.ts";
import { cleanDocument } from "../../../generator/parse/tencent-api3/parse.ts";

export const FIXTURES = join(import.meta.dirname, "fixtures");

/** The raw lines of a fixture, padded so that index n - 1 holds document line n. */
export function fixtureRaw(name: string): { raw: string[]; start: number; end: number } {
  const start = Number(/-(\d+)-/.exec(name)![1]);
  const lines = readFileSync(join(FIXTURES, name), "utf8").replace(/\n$/, "").split("\n");
  const raw = [...new Array<string>(start - 1).fill(""), ...lines];
  return { raw, start, end: raw.length };
}

/** A fixture through the page model, as the dialect cleans it. */
export function fixturePages(name: string): PageModel {
  const { raw, start, end } = fixtureRaw(name);
  return cleanDocument({ file: name, lines: raw }, { dialect: "tencent-api3", startLine: start, endLine: end, evidence: "test" });
}

/** A fixture through the page model with its defaults (no URL kept). */
export function fixturePagesPlain(name: string): PageModel {
  const { raw, start, end } = fixtureRaw(name);
  return cleanPages(raw, start, end);
}

/** An excerpt written for a test, in the PDF export's layout, through the page model as the dialect cleans it. */
export function pdfExcerpt(text: string): PageModel {
  const raw = text.split("\n");
  return cleanDocument({ file: "excerpt.txt", lines: raw }, { dialect: "tencent-api3", startLine: 1, endLine: raw.length, evidence: "test" });
}
