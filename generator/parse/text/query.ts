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

/** Nests flattened pairs. A later duplicate key overwrites an earlier one, as servers do. */
export function unflatten(pairs: readonly QueryPair[]): Record<string, unknown> {
  const root: { [key: string]: Node } = {};
  for (const { key, value } of pairs) {
    const segments = key.split(".").filter((s) => s !== "");
    if (segments.length === 0) continue;
    let node: { [key: string]: Node } = root;
    for (let i = 0; i < segments.length - 1; i++) {
      const seg = segments[i]!;
      const next = node[seg];
      if (typeof next !== "object") node[seg] = {};
      node = node[seg] as { [key: string]: Node };
    }
    node[segments[segments.length - 1]!] = value;
  }
  return toJson(root) as Record<string, unknown>;
}

function toJson(node: Node): unknown {
  if (typeof node === "string") return node;
  const keys = Object.keys(node);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k) || k.toLowerCase() === "n")) {
    return keys
      .map((k) => [Number.isNaN(Number(k)) ? Infinity : Number(k), node[k]!] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, v]) => toJson(v));
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = toJson(node[k]!);
  return out;
}
