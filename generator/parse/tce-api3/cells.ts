// Table cells of the TCE export as spec values: type words and description cells.
// PROVISIONAL: to be replaced by the shared generator/parse/text/type-words.ts and description.ts.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { EnumValue, Type } from "../../spec/types.ts";

const PRIMITIVE: Record<string, Type> = {
  string: "string",
  int: "integer",
  integer: "integer",
  int64: "integer",
  uint64: "integer",
  uint: "integer",
  long: "integer",
  float: "float",
  double: "float",
  bool: "boolean",
  boolean: "boolean",
  date: "date",
  datetime: "timestamp",
  timestamp: "timestamp",
  datetime_iso: "timestamp-iso8601",
  "timestamp iso8601": "timestamp-iso8601",
  object: "object",
  json: "object",
  binary: "binary",
};

export function docType(word: string, structs: ReadonlySet<string>, diag: Diagnostics, line: number): Type {
  const w = word.trim().replace(/\s+/g, " ");
  const arr = /^array of (.+)$/i.exec(w);
  if (arr) return { array: docType(arr[1]!, structs, diag, line) };
  const p = PRIMITIVE[w.toLowerCase()];
  if (p) return p;
  if (structs.has(w)) return { ref: w };
  if (/^[A-Z][A-Za-z0-9_]*$/.test(w)) return { ref: w };
  diag.warn("type.unknown", line, `type ${JSON.stringify(word)} is not a known type word: read as string`);
  return "string";
}

export interface FieldParts {
  description: string;
  example?: string;
  default?: string;
  nullable?: boolean;
  enum?: EnumValue[];
  enumClosed?: boolean;
}

export function docFieldParts(text: string): FieldParts {
  return { description: text };
}
