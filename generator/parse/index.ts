// Parse one document: let every dialect find its parts, parse each, and account for the rest.
import { Diagnostics } from "../spec/diagnostics.ts";
import type { Dialect, ParseResult } from "./dialect.ts";
import { dialects as defaultDialects } from "./dialects.ts";
import type { DocumentPart, SourceDocument } from "./document.ts";
import { annotatePagination } from "./pagination.ts";
import { specPath } from "../spec/types.ts";
import { conformExamples } from "../spec/conform.ts";
import { checkFieldValues } from "./field-values.ts";
import { accountForActions, actionMarkers, nameList } from "./action-markers.ts";

export interface DocumentParse extends ParseResult {
  file: string;
  parts: DocumentPart[];
  diagnostics: Diagnostics;
}

export function parseDocument(doc: SourceDocument, dialects: Dialect[] = defaultDialects): DocumentParse {
  const diagnostics = new Diagnostics(doc.file);
  const result: DocumentParse = { file: doc.file, parts: [], services: [], coverage: [], diagnostics };
  const markers = actionMarkers(doc);
  const seen = (from = 1, to = doc.lines.length): string => {
    const names = markers.filter((m) => m.line >= from && m.line <= to).map((m) => m.name);
    return names.length ? `; action names seen: ${nameList(names, 1000)}` : "; no action names seen";
  };
  const found: { dialect: Dialect; part: DocumentPart }[] = [];
  for (const dialect of dialects) {
    for (const part of dialect.detect(doc)) found.push({ dialect, part });
  }
  found.sort((a, b) => a.part.startLine - b.part.startLine);
  for (let i = 1; i < found.length; i++) {
    const prev = found[i - 1]!.part;
    const cur = found[i]!.part;
    if (cur.startLine <= prev.endLine) {
      diagnostics.report(
        "document.overlap",
        cur.startLine,
        `dialects ${prev.dialect} (lines ${prev.startLine}-${prev.endLine}) and ${cur.dialect} (lines ${cur.startLine}-${cur.endLine}) both claim these lines${seen(cur.startLine, Math.min(prev.endLine, cur.endLine))}`,
      );
    }
  }
  if (found.length === 0) {
    diagnostics.report(
      "document.unrecognized",
      1,
      `no known API documentation dialect found (known: ${dialects.map((d) => d.name).join(", ") || "none"})${seen()}`,
    );
  }
  for (const { dialect, part } of found) {
    result.parts.push(part);
    const parsed = dialect.parse(doc, part, diagnostics);
    // Two parts that become the same spec (one document pasted twice): the first is kept.
    for (const service of [...parsed.services]) {
      const path = specPath(service);
      const first = result.services.find((s) => specPath(s) === path);
      if (!first) continue;
      diagnostics.report(
        "document.duplicate-spec",
        part.startLine,
        `lines ${part.startLine}-${part.endLine} (${part.dialect}) describe ${path.replace(/\.json$/, "")} again (first at lines ${first.source?.startLine ?? "?"}-${first.source?.endLine ?? "?"}); the first is kept`,
      );
      parsed.services.splice(parsed.services.indexOf(service), 1);
      parsed.coverage = parsed.coverage.filter((c) => c.spec !== path.replace(/\.json$/, ""));
    }
    for (const service of parsed.services) {
      checkFieldValues(service, diagnostics);
      // Examples say what the tables say: "50" for an Integer becomes 50; what cannot is reported.
      conformExamples(service, diagnostics);
      const pagination = annotatePagination(service, diagnostics);
      const coverage = parsed.coverage.find((c) => c.spec === specPath(service).replace(/\.json$/, ""));
      if (coverage) coverage.pagination = pagination;
    }
    result.services.push(...parsed.services);
    result.coverage.push(...parsed.coverage);
  }
  // The invariant: every action a section marker names is in a spec or in a diagnostic.
  // With a subset of the dialects (tests), lines no part claims may belong to a dialect left out:
  // only the claimed lines are checked then.
  const inParts = (line: number) => result.parts.some((p) => p.startLine <= line && line <= p.endLine);
  accountForActions(dialects === defaultDialects ? markers : markers.filter((m) => inParts(m.line)), result.services, diagnostics);
  return result;
}
