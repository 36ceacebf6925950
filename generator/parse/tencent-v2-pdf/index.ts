// Dialects: the legacy parts of Tencent Cloud PDF exports, detected from the part's own text (a
// part heading over a '简介' page, legacy banners, v2 endpoint examples), never from file names.
// - tencent-v2-pdf: the API 2.0 (no Version in its example URLs, lowerCamelCase parameters).
// - tencent-2017-pdf: old pages of a dated API version on the v2 endpoint (`&Version=2017-03-12`).
import type { Dialect } from "../dialect.ts";
import type { DocumentPart, SourceDocument } from "../document.ts";
import { parseLegacyPart } from "./parse.ts";
import { findLegacyParts, V2_REQUEST_URL } from "./sections.ts";

export const API2_DIALECT = "tencent-v2-pdf";
export const API2017_DIALECT = "tencent-2017-pdf";

interface Classified {
  family: "api2" | "api2017";
  version?: string;
  evidence: string;
}

/** Which family a legacy part is: the Version its v2-endpoint example requests carry decides. */
function classify(doc: SourceDocument, startLine: number, endLine: number, banners: number): Classified | undefined {
  const versions = new Map<string, number>();
  let requests = 0;
  let sections = 0;
  for (let n = startLine; n <= endLine; n++) {
    const t = doc.lines[n - 1]!.trim();
    if (/^1\.\s*接口描述$/.test(t)) sections++;
    if (V2_REQUEST_URL.test(t) && /Action=/.test(t)) requests++;
    const v = /^&?Version=(\d{4}-\d{2}-\d{2})$/.exec(t) ?? /[?&]Version=(\d{4}-\d{2}-\d{2})(?:&|$)/.exec(t);
    if (v) versions.set(v[1]!, (versions.get(v[1]!) ?? 0) + 1);
  }
  if (sections === 0 || requests === 0) return undefined;
  const base = `${sections} '1. 接口描述' sections, ${requests} /v2/index.php example requests, ${banners} '当前页面接口为旧版 API' banners`;
  if (versions.size === 0) return { family: "api2", evidence: `${base}; no Version in any request (API 2.0)` };
  const [version] = [...versions].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  return { family: "api2017", version, evidence: `${base}; requests carry Version=${version}` };
}

function detect(doc: SourceDocument, family: Classified["family"], dialect: string): DocumentPart[] {
  const out: DocumentPart[] = [];
  for (const p of findLegacyParts(doc)) {
    const c = classify(doc, p.startLine, p.endLine, p.banners);
    if (c?.family === family) out.push({ dialect, startLine: p.startLine, endLine: p.endLine, evidence: `part '${p.heading}': ${c.evidence}` });
  }
  return out;
}

export const tencentV2PdfDialect: Dialect = {
  name: API2_DIALECT,
  detect: (doc) => detect(doc, "api2", API2_DIALECT),
  parse: (doc, part, diag) => parseLegacyPart(doc, part, diag, "api2", "v2"),
};

export const tencent2017PdfDialect: Dialect = {
  name: API2017_DIALECT,
  detect: (doc) => detect(doc, "api2017", API2017_DIALECT),
  parse: (doc, part, diag) => {
    const c = classify(doc, part.startLine, part.endLine, 0);
    return parseLegacyPart(doc, part, diag, "api2017", c?.version ?? "unknown");
  },
};
