// The type words of Tencent/Alibaba documentation tables ("String", "Array of Filter",
// "Timestamp ISO8601", "array of Strings") as spec types. Shared by every dialect, so that one
// word always means one type. Struct names are whatever the document defines; a CamelCase word
// that is not a primitive reads as a reference, and the pipeline's dangling-reference check then
// reports it when the document never defines it.
import type { Diagnostics } from "../../spec/diagnostics.ts";
import type { PrimitiveType, Type } from "../../spec/types.ts";

/** Primitive type words, lower-cased, as the documents spell them. */
const PRIMITIVE_WORDS: Readonly<Record<string, PrimitiveType>> = {
  string: "string",
  str: "string",
  integer: "integer",
  int: "integer",
  long: "integer",
  int64: "integer",
  uint64: "integer",
  uint: "integer",
  float: "float",
  double: "float",
  boolean: "boolean",
  bool: "boolean",
  date: "date",
  datetime: "timestamp",
  timestamp: "timestamp",
  "timestamp iso8601": "timestamp-iso8601",
  "timestamp iso 8601": "timestamp-iso8601",
  datetime_iso: "timestamp-iso8601",
  binary: "binary",
  object: "object",
  json: "object",
};

/**
 * The primitive words as a regular-expression alternation (longest first, so that
 * "Timestamp ISO8601" wins over "Timestamp"), for row-start patterns. Case as printed.
 */
export const PRIMITIVE_TYPE_PATTERN =
  "Timestamp[ \\n]ISO8601|String|Integer|Int|Long|Float|Double|Boolean|Date|Timestamp|Binary|Object";

const STRUCT_NAME = /^[A-Z][A-Za-z0-9_]*$/;

/** A primitive word ("integer", "Strings", "Timestamp ISO8601"), or undefined. */
export function primitiveOf(word: string): PrimitiveType | undefined {
  const w = normalize(word).toLowerCase();
  return PRIMITIVE_WORDS[w] ?? (w.endsWith("s") ? PRIMITIVE_WORDS[w.slice(0, -1)] : undefined);
}

function normalize(word: string): string {
  return word.trim().replace(/\s+/g, " ");
}

/**
 * Reads a type word. `structs` (the names the document defines) lets plural or "X objects"
 * spellings resolve to a defined struct; a bare CamelCase word is a reference either way.
 * Returns undefined for anything else (the caller reports it).
 */
export function parseTypeWord(word: string, structs: ReadonlySet<string> = new Set()): Type | undefined {
  // "Array of Array of X": peeled in a loop, at most MAX_ARRAY_DEPTH deep (a cell of 9,000
  // "Array of" recursed out of stack, and re-read the rest of the word at every level).
  let w = normalize(word);
  let depth = 0;
  for (let array = ARRAY_OF.exec(w); array; array = ARRAY_OF.exec(w)) {
    if (++depth > MAX_ARRAY_DEPTH) return undefined;
    w = normalize(array[1]!.replace(/\s+objects?$/i, ""));
  }
  let type = baseTypeWord(w, structs);
  if (type === undefined) return undefined;
  for (let i = 0; i < depth; i++) type = { array: type };
  return type;
}

const ARRAY_OF = /^array\s+of\s+(.+)$/i;
/** Arrays of arrays nest at most this deep in a type word; deeper is not a type word. */
export const MAX_ARRAY_DEPTH = 8;

function baseTypeWord(w: string, structs: ReadonlySet<string>): Type | undefined {
  const primitive = primitiveOf(w);
  if (primitive) return primitive;
  if (structs.has(w)) return { ref: w };
  if (w.endsWith("s") && structs.has(w.slice(0, -1))) return { ref: w.slice(0, -1) };
  if (STRUCT_NAME.test(w)) return { ref: w };
  return undefined;
}

/**
 * parseTypeWord for a table cell: an unreadable word is reported (`type.unknown`, at `line`)
 * and read as a string, so the field survives with the most permissive scalar type.
 */
export function typeFromWord(word: string, structs: ReadonlySet<string>, diag: Diagnostics, line: number): Type {
  const type = parseTypeWord(word, structs);
  if (type !== undefined) return type;
  diag.report("type.unknown", line, `type ${JSON.stringify(normalize(word))} is not a known type word; read as string`);
  return "string";
}
