// Diagnostics: every anomaly a parser or emitter meets, with the file and line it came from.
// Nothing is ever dropped silently: an action that cannot be parsed is reported here.

import { severityOf, type DiagnosticCode, type Severity } from "./diagnostic-catalogue.ts";

export type { DiagnosticCode, Severity } from "./diagnostic-catalogue.ts";

export interface Diagnostic {
  /** Always the catalogue's severity for the code. */
  severity: Severity;
  /** A catalogued, greppable identifier such as "action.missing" or "example.json". */
  code: DiagnosticCode;
  message: string;
  file: string;
  line: number;
}

/** The one factory: the severity comes from the catalogue, never from the call site. */
export function diagnostic(code: DiagnosticCode, file: string, line: number, message: string): Diagnostic {
  return { severity: severityOf(code), code, message, file, line };
}

export class Diagnostics {
  readonly items: Diagnostic[] = [];

  constructor(readonly file: string) {}

  report(code: DiagnosticCode, line: number, message: string): void {
    this.items.push(diagnostic(code, this.file, line, message));
  }

  get errorCount(): number {
    return this.items.filter((d) => d.severity === "error").length;
  }
}

/** `file:line: severity code: message`, the shape editors and CI annotators understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity} ${d.code}: ${d.message}`;
}

/** What a parser found in one part of a document, against what the document says is there. */
export interface Coverage {
  file: string;
  dialect: string;
  /** "<provider>/<service>/<version>" of the spec this part became. */
  spec: string;
  /** Action names the document itself lists (overview table, TOC). */
  actionsNamed: number;
  /** Action sections parsed into the spec. */
  actionsFound: number;
  /** Named by the document but not parsed (each also has a diagnostic). */
  actionsMissing: string[];
  /** Parsed but not named in the document's list (each also has a diagnostic). */
  actionsUnlisted: string[];
  structsReferenced: number;
  structsDefined: number;
  /** Referenced but never defined: errors. */
  danglingRefs: string[];
  examplesRecovered: number;
  examplesFailed: { line: number; reason: string }[];
  /** Filled by the shared pagination pass: actions with a paging hint, and list-like ones without. */
  pagination?: {
    hinted: { action: string; style: string; items: string }[];
    unhinted: { action: string; reason: string }[];
  };
}
