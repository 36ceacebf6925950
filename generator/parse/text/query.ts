// Decoding flattened request parameters (GET query strings, V2 form fields) into nested JSON:
// Filters.0.Name=x&Filters.0.Values.0=y -> {"Filters":[{"Name":"x","Values":["y"]}]}.
// Numeric segments become array indexes (0- or 1-based, as the document numbers them; the order
// is kept and gaps are closed), other segments object keys.

type Node = { [key: string]: Node } | string;

export interface QueryPair {
  key: string;
  value: string;
}

/** Splits `a=1&b=2` into pairs, decoding percent-escapes where they are valid. */
export function splitQuery(query: string): QueryPair[] {
  const out: QueryPair[] = [];
  for (const part of query.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? "" : part.slice(eq + 1);
    out.push({ key: safeDecode(key), value: safeDecode(value) });
  }
  return out;
}

/**
 * Whether a query key is the documents' stand-in for the public parameters rather than a parameter:
 * `<公共请求参数>`, `< 公共请求参数 >`, `<公共请求参数` cut by a page, bare `公共请求参数`, or `...`.
 * No wire name contains angle brackets, CJK text or dots in a row.
 */
export function isPlaceholderKey(key: string): boolean {
  return /[<>]|公共(?:请求)?参数|\.\.\./.test(key);
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}

/**
 * Key segments that name an object's prototype machinery. Writing through them (`__proto__.x=1`)
 * would change Object.prototype for the whole process, and an own `__proto__` member in an
 * example would turn into a prototype in any later copy made by assignment: such keys are never
 * written, they are reported.
 */
export const RESERVED_KEY_SEGMENTS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Keys nested deeper than this are reported, not nested (the spec's JSON must stay printable). */
export const MAX_KEY_DEPTH = 64;

/** Why `unflatten` leaves a key out, or undefined when it nests it. */
export function rejectedKeyReason(key: string): string | undefined {
  const segments = key.split(".").filter((s) => s !== "");
  const reserved = segments.find((s) => RESERVED_KEY_SEGMENTS.has(s));
  if (reserved !== undefined) return `the key ${JSON.stringify(clip(key))} has the reserved segment ${JSON.stringify(reserved)}: left out of the example`;
  if (segments.length > MAX_KEY_DEPTH) return `the key ${JSON.stringify(clip(key))} nests ${segments.length} levels (more than ${MAX_KEY_DEPTH}): left out of the example`;
  return undefined;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}...` : s;
}

/**
 * Nests flattened pairs. A later duplicate key overwrites an earlier one, as servers do. A key with
 * a reserved segment (`__proto__`, `constructor`, `prototype`) or nested deeper than MAX_KEY_DEPTH
 * is left out and passed to `onRejected` (with its index in `pairs`), so that the caller reports it.
 * The tree is built from objects without a prototype, so no key can reach Object.prototype.
 */
export function unflatten(pairs: readonly QueryPair[], onRejected?: (key: string, reason: string, index: number) => void): Record<string, unknown> {
  const root: Tree = Object.create(null) as Tree;
  pairs.forEach(({ key, value }, index) => {
    const segments = key.split(".").filter((s) => s !== "");
    if (segments.length === 0) return;
    const reason = rejectedKeyReason(key);
    if (reason !== undefined) {
      onRejected?.(key, reason, index);
      return;
    }
    let node: Tree = root;
    for (let i = 0; i < segments.length - 1; i++) {
      const seg = segments[i]!;
      const next = node[seg];
      if (typeof next !== "object") node[seg] = Object.create(null) as Tree;
      node = node[seg] as Tree;
    }
    node[segments[segments.length - 1]!] = value;
  });
  return toJson(root) as Record<string, unknown>;
}

type Tree = { [key: string]: Node };

function toJson(node: Node): unknown {
  if (typeof node === "string") return node;
  const keys = Object.keys(node);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k) || k.toLowerCase() === "n")) {
    return keys
      .map((k) => [Number.isNaN(Number(k)) ? Infinity : Number(k), node[k]!] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, v]) => toJson(v));
  }
  // Reserved keys never get here; the output is a plain object, as the rest of the pipeline expects.
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = toJson(node[k]!);
  return out;
}
