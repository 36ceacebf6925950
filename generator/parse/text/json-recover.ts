// Recovering JSON that an export pretty-printed one token per line and wrapped inside strings.
// Noise lines must already be removed; what is left is scanned brace- and string-aware: a line
// break inside a string literal is a wrap and joins with nothing, and the scan stops at the brace
// that closes the first one, so trailing fragments ('发者资源') are cut off.

/**
 * Examples nested deeper than this are reported, not recovered: nothing documented comes near it,
 * and a value much deeper cannot be printed into the spec (JSON.stringify and every walker of the
 * spec recurse, and overflow the stack somewhere past a few thousand levels).
 */
export const MAX_JSON_DEPTH = 200;

const TOO_DEEP = `the JSON is nested more than ${MAX_JSON_DEPTH} levels deep: not recovered`;

export interface RecoveredJson {
  value: unknown;
  /** Index (into the lines given) of the line holding the closing brace. */
  endIndex: number;
  /** The JSON text as re-joined. */
  text: string;
}

export interface JsonFailure {
  error: string;
  /** Index of the line where the problem was noticed. */
  index: number;
}

/**
 * Scans `lines` from the first `{` or `[` to its matching close and parses the result.
 * Returns a failure (never throws) when there is no opening bracket, it never closes, or the
 * joined text is not JSON.
 */
export function recoverJson(lines: readonly string[], start = 0): RecoveredJson | JsonFailure {
  let text = "";
  let depth = 0;
  let inString = false;
  let escaped = false;
  let begun = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    let j = 0;
    if (!begun) {
      const open = line.search(/[{[]/);
      if (open < 0) continue;
      j = open;
      begun = true;
    } else if (!inString) {
      text += "\n";
    }
    for (; j < line.length; j++) {
      const ch = line[j]!;
      text += ch;
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === "\\") escaped = true;
        else if (ch === '"') inString = false;
        continue;
      }
      if (ch === '"') inString = true;
      else if (ch === "{" || ch === "[") {
        if (++depth > MAX_JSON_DEPTH) return { error: TOO_DEEP, index: i };
      } else if (ch === "}" || ch === "]") {
        depth--;
        if (depth === 0) {
          try {
            return { value: JSON.parse(text), endIndex: i, text };
          } catch (e) {
            return { error: `not JSON after re-joining: ${(e as Error).message}`, index: i };
          }
        }
      }
    }
    // An escape cannot span a wrap; a dangling backslash is literal text.
    escaped = false;
  }
  if (!begun) return { error: "no JSON object found", index: start };
  return { error: "the JSON never closes (truncated?)", index: lines.length - 1 };
}

/**
 * JSON.parse, with the nesting bound first (string-aware): a failure (never a throw) for text that
 * is not JSON or is nested more than MAX_JSON_DEPTH levels.
 */
export function parseJsonBounded(text: string): { value: unknown } | { error: string } {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === 0x5c) escaped = true;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) return { error: TOO_DEEP };
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

export function isJsonFailure(r: RecoveredJson | JsonFailure): r is JsonFailure {
  return "error" in r;
}

/**
 * The brackets a JSON text leaves open at its end (string-aware), when every bracket that is
 * closed matches; "" when balanced, undefined when the nesting is broken in the middle.
 */
export function missingClosers(text: string): string | undefined {
  const stack: string[] = [];
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "{") stack.push("}");
    else if (ch === "[") stack.push("]");
    else if (ch === "}" || ch === "]") {
      if (stack.pop() !== ch) return undefined;
    }
  }
  if (inString) return undefined;
  return stack.reverse().join("");
}
