// The contract between the parse pipeline and one documentation dialect.
// A dialect knows one documentation family (Tencent API 3.0, Tencent V2, Alibaba RPC); it finds
// its parts in a document from the document's own text and turns each part into spec services.
import type { Coverage, Diagnostics } from "../spec/diagnostics.ts";
import type { Service } from "../spec/types.ts";
import type { DocumentPart, SourceDocument } from "./document.ts";

export interface ParseResult {
  services: Service[];
  coverage: Coverage[];
}

export interface Dialect {
  /** Stable id, written into `Service.source.dialect`. */
  readonly name: string;
  /** The parts of `doc` written in this dialect; [] when there are none. Must not throw. */
  detect(doc: SourceDocument): DocumentPart[];
  /** Parse one detected part. Anomalies go to `diag`; only a programming error may throw. */
  parse(doc: SourceDocument, part: DocumentPart, diag: Diagnostics): ParseResult;
}
