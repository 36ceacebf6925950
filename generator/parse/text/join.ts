// Re-joining lines that a PDF or HTML export wrapped at a fixed width.
// Between two CJK characters (or CJK punctuation) a wrap carries no space; between two Latin
// words it usually stood for one. Wraps inside a token (a URL, an identifier) cannot be told
// from word breaks in general; callers that know they are inside a token use joinTight.

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d]/u;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Joins two fragments of wrapped prose: no space next to a CJK character, one space otherwise. */
export function joinPair(left: string, right: string): string {
  const a = left.trimEnd();
  const b = right.trimStart();
  if (a === "") return b;
  if (b === "") return a;
  const last = a[a.length - 1];
  const first = b[0];
  if (isCjk(last) || isCjk(first)) return a + b;
  // A wrap right after a hyphen inside a token ('YYYY-MM-' / 'DD', 'ecm.ap-' / 'guangzhou').
  if (/[A-Za-z0-9]-$/.test(a) && /^[A-Za-z0-9]/.test(b)) return a + b;
  return `${a} ${b}`;
}

/** Joins wrapped prose lines into one string (see joinPair). */
export function joinWrapped(lines: readonly string[]): string {
  let out = "";
  for (const line of lines) out = joinPair(out, line);
  return out;
}

/** Joins fragments of one token with nothing between them (wrapped URLs, base64, identifiers). */
export function joinTight(lines: readonly string[]): string {
  return lines.map((l) => l.trim()).join("");
}
