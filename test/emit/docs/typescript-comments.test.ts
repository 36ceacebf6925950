// The hostile fixture (the same one the HTML and Markdown tests use) through the client emitter:
// document text that holds "*/" lands in JSDoc and cannot close the comment and become code. The
// docs' own TypeScript (examples) is covered by typescript-example.test.ts.
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { clientEmitter } from "../../../generator/emit/client/index.ts";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { fixtureSpecs } from "./helpers.ts";

/** Identifier tokens and comment texts of a TypeScript source, as the compiler's scanner sees them. */
function scan(source: string): { identifiers: Set<string>; comments: string[] } {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, source);
  const identifiers = new Set<string>();
  const comments: string[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.Identifier) identifiers.add(scanner.getTokenText());
    if (token === ts.SyntaxKind.MultiLineCommentTrivia || token === ts.SyntaxKind.SingleLineCommentTrivia) comments.push(scanner.getTokenText());
  }
  return { identifiers, comments };
}

describe("document text in the generated TypeScript client", async () => {
  // The emitter compiles the package under strict and throws on any error: a description that
  // closed a comment would leave "| `tick` ..." as code and fail right here.
  const files = await clientEmitter.emit({ specs: fixtureSpecs("hostile"), templatesDir: join(REPO_ROOT, "templates"), diagnostics: new Diagnostics("generated") });
  const sources = [...files].filter(([p]) => /\/src\/.*\.ts$/.test(p)) as [string, string][];

  it("never becomes code: no word of it is an identifier token", () => {
    expect(sources.length).toBeGreaterThan(0);
    for (const [path, text] of sources) {
      const { identifiers } = scan(text);
      for (const word of ["alert", "onerror", "script", "tick", "double", "heading", "img"]) expect(identifiers.has(word), `${path}: ${word}`).toBe(false);
    }
  });

  it("is kept in JSDoc, markup and all, with its '*/' neutralised", () => {
    const types = sources.find(([p]) => p.endsWith("/src/types.ts"))![1];
    const docs = scan(types).comments.filter((c) => c.startsWith("/**"));
    expect(docs.some((c) => c.includes("<script>alert(1)</script>"))).toBe(true);
    for (const c of docs) expect(c.slice(2, -2), c).not.toContain("*/");
  });
});
