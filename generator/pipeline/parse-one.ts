// Parsing one document and checking what it produced (schema, dangling references, duplicate spec
// paths), without the cache: the part of a run that a worker thread can do (worker-tasks.ts).
import { Diagnostics } from "../spec/diagnostics.ts";
import type { Service } from "../spec/types.ts";
import { specPath } from "../spec/types.ts";
import { danglingRefs, schemaProblems } from "../spec/validate.ts";
import { InputError, readSourceDocument } from "../parse/document.ts";
import type { Dialect } from "../parse/dialect.ts";
import type { DocumentReport } from "./generate.ts";

export interface ParsedDocument {
  report: DocumentReport;
  services: Service[];
}

/** Parses one document (`file` is its name in diagnostics) with the given dialects, or all of them. */
export async function parseFresh(input: string, file: string, dialects?: Dialect[]): Promise<ParsedDocument> {
  // The parsers (and cheerio behind them) are loaded only when a document actually needs parsing.
  const { parseDocument } = await import("../parse/index.ts");
  let result: { report: DocumentReport; services: Service[] };
  try {
    const doc = readSourceDocument(input, file);
    const parsed = dialects ? parseDocument(doc, dialects) : parseDocument(doc);
    const diag = parsed.diagnostics;
    const services: Service[] = [];
    for (const service of parsed.services) {
      const path = specPath(service);
      const line = service.source?.startLine ?? 1;
      for (const p of schemaProblems(service)) diag.report("spec.schema", line, `${path}${p.path}: ${p.message}`);
      for (const d of danglingRefs(service)) {
        diag.report("spec.dangling-ref", line, `${d.from} refers to structure ${d.name}, which the document does not define`);
      }
      if (services.some((s) => specPath(s) === path)) {
        diag.report("spec.duplicate", line, `${path} is produced twice by this document`);
        continue;
      }
      services.push(service);
    }
    const actions = services.reduce((n, s) => n + s.actions.length, 0);
    if (services.length > 0 && actions === 0) diag.report("document.no-actions", 1, "no action could be parsed from this document");
    // The report outlives the run's parse (the caller keeps it to the end): copied, so that no
    // substring in it (a diagnostic quoting a line) keeps the whole document's text alive.
    const report = structuredClone({ file, services: services.map(specPath), coverage: parsed.coverage, diagnostics: diag.items, failed: actions === 0 });
    result = { services, report };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const diag = new Diagnostics(file);
    diag.report("document.unreadable", e.line, e.message.slice(`${file}:${e.line}: `.length));
    result = { services: [], report: { file, services: [], coverage: [], diagnostics: diag.items, failed: true } };
  }
  return result;
}

