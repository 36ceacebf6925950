// A source document as every dialect sees it: its text split into lines, each keeping its
// 1-based line number, so that anything parsed can say where it came from.
import { readFileSync, statSync } from "node:fs";

export interface SourceDocument {
  /** The path used in diagnostics and `source` fields (relative to the repo for bundled docs). */
  file: string;
  /** Lines without their "\n"; lines[i] is line i + 1. */
  lines: string[];
}

/** A contiguous part of a document written in one dialect (a document can hold several). */
export interface DocumentPart {
  dialect: string;
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  /** Why the detector thinks this part is in this dialect, for `docs2sdk parse --explain`. */
  evidence: string;
}

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = "InputError";
  }
}

/**
 * The largest document read, in bytes: V8's longest string (2^29 - 24 UTF-16 units). A document
 * of at most this many UTF-8 bytes always fits in one string; a larger one is refused up front,
 * before it is read, rather than failing inside the decoder.
 */
export const MAX_DOCUMENT_BYTES = 0x1fffffe8;

export interface DecodeOptions {
  /** Overrides MAX_DOCUMENT_BYTES (for tests). */
  maxBytes?: number;
}

function tooLarge(file: string, size: number, limit: number): InputError {
  return new InputError(file, 1, `the document is too large: ${size} bytes (the limit is ${limit} bytes, the longest text a JavaScript string holds); split it`);
}

/**
 * Reads a document, refusing what cannot be a text export: binary data (NUL bytes or invalid
 * UTF-8), empty files and files too large to hold as one string. The error names the file and
 * the first offending line.
 */
export function readSourceDocument(path: string, displayPath = path, options: DecodeOptions = {}): SourceDocument {
  const limit = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const size = statSync(path).size;
  if (size > limit) throw tooLarge(displayPath, size, limit);
  const bytes = readFileSync(path);
  return decodeSourceDocument(bytes, displayPath, options);
}

export function decodeSourceDocument(bytes: Uint8Array, file: string, options: DecodeOptions = {}): SourceDocument {
  if (bytes.length === 0) throw new InputError(file, 1, "the document is empty");
  const limit = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  if (bytes.length > limit) throw tooLarge(file, bytes.length, limit);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new InputError(file, lineAt(bytes, nul), "binary data (a NUL byte): not a text export of a document");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (e) {
    // Invalid UTF-8 is a TypeError; a RangeError is a string V8 cannot make (too long), not the
    // document's encoding at fault.
    if (e instanceof RangeError) throw tooLarge(file, bytes.length, limit);
    throw new InputError(file, firstInvalidUtf8Line(bytes), "not valid UTF-8 text");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  if (lines.every((l) => l.trim() === "")) throw new InputError(file, 1, "the document has no text");
  return { file, lines };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let start = 0;
  let line = 1;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      start = i + 1;
      line++;
    }
  }
  return 1;
}
