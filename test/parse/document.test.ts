// Reading a document: what is refused and how the refusal is worded (issue 14 item 8).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeSourceDocument, InputError, MAX_DOCUMENT_BYTES, readSourceDocument } from "../../generator/parse/document.ts";

const dir = mkdtempSync(join(tmpdir(), "docs2sdk-document-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("a document larger than a JavaScript string can hold", () => {
  it("is refused as too large, with its size and the limit, not as invalid UTF-8", () => {
    const bytes = utf8("1. 接口描述\n".repeat(100));
    expect(() => decodeSourceDocument(bytes, "big.txt", { maxBytes: 1000 })).toThrow(
      new InputError("big.txt", 1, `the document is too large: ${bytes.length} bytes (the limit is 1000 bytes, the longest text a JavaScript string holds); split it`),
    );
  });
  it("is refused before it is read when it is a file", () => {
    const path = join(dir, "big.txt");
    writeFileSync(path, "x".repeat(5000));
    expect(() => readSourceDocument(path, "spec/sources/big.txt", { maxBytes: 4096 })).toThrow(/^spec\/sources\/big\.txt:1: the document is too large: 5000 bytes \(the limit is 4096 bytes/);
  });
  it("the default limit is V8's longest string, and a document within it is read", () => {
    expect(MAX_DOCUMENT_BYTES).toBe(0x1fffffe8);
    expect(decodeSourceDocument(utf8("a\nb\n"), "ok.txt", { maxBytes: 4 }).lines).toEqual(["a", "b"]);
  });
});
