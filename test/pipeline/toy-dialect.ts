// A minimal dialect for pipeline tests: "SERVICE name" then one "ACTION Name" line per action.
import type { Dialect } from "../../generator/parse/dialect.ts";

export let toyParses = 0;

export const toyDialect: Dialect = {
  name: "toy",
  detect(doc) {
    return doc.lines[0]?.startsWith("SERVICE ") ? [{ dialect: "toy", startLine: 1, endLine: doc.lines.length, evidence: "SERVICE line" }] : [];
  },
  parse(doc, part, diag) {
    toyParses++;
    const service = doc.lines[0]!.slice("SERVICE ".length).trim();
    const actions = doc.lines
      .map((l, i) => ({ l, line: i + 1 }))
      .filter(({ l }) => l.startsWith("ACTION "))
      .map(({ l, line }) => ({
        name: l.slice(7).trim(), title: "", description: "", input: [], output: [], errors: [], examples: [], source: { file: doc.file, line },
      }));
    if (actions.length === 0) diag.report("document.no-actions", 1, "no ACTION line");
    return {
      services: [{
        provider: "tencentcloud", service, version: "2020-01-01", protocol: "tc3", endpoint: `${service}.example.com`, title: service,
        actions, types: [], errors: [], source: { file: doc.file, startLine: part.startLine, endLine: part.endLine, dialect: "toy" },
      }],
      coverage: [],
    };
  },
};
