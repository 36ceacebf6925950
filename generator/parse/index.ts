// Parse one document: let every dialect find its parts, parse each, and account for the rest.
import { Diagnostics } from "../spec/diagnostics.ts";
import type { Dialect, ParseResult } from "./dialect.ts";
import { dialects as defaultDialects } from "./dialects.ts";
import type { DocumentPart, SourceDocument } from "./document.ts";
import { annotatePagination } from "./pagination.ts";
import { specPath } from "../spec/types.ts";

export interface DocumentParse extends ParseResult {
  file: string;
  parts: DocumentPart[];
  diagnostics: Diagnostics;
}

export function parseDocument(doc: SourceDocument, dialects: Dialect[] = defaultDialects): DocumentParse {
  const diagnostics = new Diagnostics(doc.file);
  const result: DocumentParse = { file: doc.file, parts: [], services: [], coverage: [], diagnostics };
  const found: { dialect: Dialect; part: DocumentPart }[] = [];
  for (const dialect of dialects) {
    for (const part of dialect.detect(doc)) found.push({ dialect, part });
  }
  found.sort((a, b) => a.part.startLine - b.part.startLine);
  for (let i = 1; i < found.length; i++) {
    const prev = found[i - 1]!.part;
    const cur = found[i]!.part;
    if (cur.startLine <= prev.endLine) {
      diagnostics.error(
        "document.overlap",
        cur.startLine,
        `dialects ${prev.dialect} (lines ${prev.startLine}-${prev.endLine}) and ${cur.dialect} (lines ${cur.startLine}-${cur.endLine}) both claim these lines`,
      );
    }
  }
  if (found.length === 0) {
    diagnostics.error(
      "document.unrecognized",
      1,
      `no known API documentation dialect found (known: ${dialects.map((d) => d.name).join(", ") || "none"})`,
    );
  }
  for (const { dialect, part } of found) {
    result.parts.push(part);
    const parsed = dialect.parse(doc, part, diagnostics);
    for (const service of parsed.services) {
      const pagination = annotatePagination(service);
      const coverage = parsed.coverage.find((c) => c.spec === specPath(service).replace(/\.json$/, ""));
      if (coverage) coverage.pagination = pagination;
    }
    result.services.push(...parsed.services);
    result.coverage.push(...parsed.coverage);
  }
  return result;
}
