// Rewrites the README's diagnostics section from the catalogue (`npm run readme:diagnostics`), so
// that adding a code to the catalogue is one edit plus this command; test/spec/diagnostic-catalogue
// fails until the README matches.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogueTable } from "./diagnostic-catalogue.ts";

const START = "<!-- diagnostics:start -->\n";
const END = "\n<!-- diagnostics:end -->";

/** The README text with the block between the markers replaced by the catalogue's table. */
export function withCatalogueTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END, start);
  if (start < 0 || end < 0) throw new Error("README.md has no <!-- diagnostics:start/end --> block");
  return readme.slice(0, start + START.length) + catalogueTable() + readme.slice(end);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = join(fileURLToPath(new URL("../..", import.meta.url)), "README.md");
  writeFileSync(path, withCatalogueTable(readFileSync(path, "utf8")));
}
