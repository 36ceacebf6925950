import { describe, expect, it } from "vitest";
import { isJsonFailure, MAX_JSON_DEPTH, missingClosers, parseJsonBounded, recoverJson } from "../../../generator/parse/text/json-recover.ts";

describe("recoverJson", () => {
  it("parses one-token-per-line JSON and stops at the closing brace", () => {
    const r = recoverJson(["输出示例", "{", '"Response": {', '"RequestId": "abc"', "}", "}", "发者资源"]);
    expect(isJsonFailure(r)).toBe(false);
    if (!isJsonFailure(r)) {
      expect(r.value).toEqual({ Response: { RequestId: "abc" } });
      expect(r.endIndex).toBe(5);
    }
  });
  it("joins a string literal wrapped across lines with nothing", () => {
    const r = recoverJson(["{", '"Url": "wss%3A%2F%2FREFCTm', 'Frcy8vUU",', '"N": 1', "}"]);
    expect(isJsonFailure(r) ? r.error : r.value).toEqual({ Url: "wss%3A%2F%2FREFCTmFrcy8vUU", N: 1 });
  });
  it("does not count braces inside strings", () => {
    const r = recoverJson(['{"a": "}{", "b": [1, 2]}']);
    expect(isJsonFailure(r) ? r.error : r.value).toEqual({ a: "}{", b: [1, 2] });
  });
  it("reports truncated JSON instead of throwing", () => {
    const r = recoverJson(["{", '"a": 1,']);
    expect(isJsonFailure(r) && r.error).toMatch(/never closes/);
  });
  it("reports text that is not JSON", () => {
    const r = recoverJson(["{", "a: 1", "}"]);
    expect(isJsonFailure(r) && r.error).toMatch(/not JSON/);
  });
  it("reports when there is no JSON at all", () => {
    expect(isJsonFailure(recoverJson(["nothing here"]))).toBe(true);
  });
});

describe("missingClosers", () => {
  it("the closers an unfinished text needs, undefined when nesting is broken", () => {
    expect(missingClosers('{"a": [1, {"b": "}"}')).toBe("]}");
    expect(missingClosers('{"a": 1}')).toBe("");
    expect(missingClosers('{"a": [1}')).toBeUndefined();
  });
});

describe("nesting bound (issue 14 item 4)", () => {
  const deep = (n: number) => '{"Deep": ' + "[".repeat(n) + "]".repeat(n) + "}";
  it("recoverJson reports a 6,000-deep example as too deep, at the line where the bound is crossed", () => {
    const r = recoverJson(["{", '"Response": {', deep(6000), "}", "}"]);
    expect(r).toEqual({ error: `the JSON is nested more than ${MAX_JSON_DEPTH} levels deep: not recovered`, index: 2 });
  });
  it("parseJsonBounded gives a failure instead of a value nobody can print", () => {
    expect(parseJsonBounded(deep(6000))).toEqual({ error: expect.stringContaining("more than 200 levels") });
    expect(parseJsonBounded(deep(MAX_JSON_DEPTH - 1))).toHaveProperty("value");
    // Brackets inside strings do not count.
    expect(parseJsonBounded(JSON.stringify({ s: "[".repeat(6000) }))).toEqual({ value: { s: "[".repeat(6000) } });
  });
});
