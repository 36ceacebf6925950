// The catalogue is the only source of diagnostic codes: the README lists it, and it lists nothing dead.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueTable, DIAGNOSTIC_CATALOGUE } from "../../generator/spec/diagnostic-catalogue.ts";
import { Diagnostics, diagnostic } from "../../generator/spec/diagnostics.ts";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("diagnostic catalogue", () => {
  it("is what the README's diagnostics section lists", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    const block = readme.split("<!-- diagnostics:start -->\n")[1]?.split("\n<!-- diagnostics:end -->")[0];
    expect(block).toBe(catalogueTable());
  });

  it("lists only codes some generator source produces", () => {
    const code = sources(join(REPO_ROOT, "generator"))
      .filter((f) => !f.endsWith("diagnostic-catalogue.ts"))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const dead = Object.keys(DIAGNOSTIC_CATALOGUE).filter((c) => !code.includes(`"${c}"`));
    expect(dead).toEqual([]);
  });

  it.each([
    { given: "action.duplicate", want: "error" },
    { given: "action.endpoint", want: "warning" },
    { given: "example.none", want: "info" },
  ] as const)("gives $given its catalogued severity ($want), whatever reports it", ({ given, want }) => {
    const diag = new Diagnostics("doc.txt");
    diag.report(given, 7, "m");
    expect(diag.items).toEqual([{ severity: want, code: given, file: "doc.txt", line: 7, message: "m" }]);
    expect(diagnostic(given, "other.txt", 1, "m").severity).toBe(want);
  });

  it("refuses an uncatalogued code at compile time", () => {
    const diag = new Diagnostics("doc.txt");
    // @ts-expect-error "no.such-code" is not in the catalogue (tsc fails if this line ever compiles)
    expect(() => diag.report("no.such-code", 1, "m")).toThrow(/not in the diagnostic catalogue/);
  });

  it("makes each meaning one sentence-like line", () => {
    for (const [code, entry] of Object.entries(DIAGNOSTIC_CATALOGUE)) {
      expect(entry.meaning, code).toMatch(/^\S.*[.)]$/);
      expect(entry.meaning, code).not.toContain("\n");
    }
  });
});
