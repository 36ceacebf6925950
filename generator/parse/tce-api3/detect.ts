// Finding the Tencent API 3.0 part of a TCE (finance zone) markdown export: the `API文档` banner
// with its `版本 (YYYY-MM-DD)` line, followed by action sections whose tables are TAB-separated with
// the five columns 参数名称⇥必选⇥允许NULL⇥类型⇥描述. The table of contents repeats the banner, so
// the banner counts only when a dated page (`最近更新时间`) follows it.
import type { DocumentPart, SourceDocument } from "../document.ts";
import { foldHanVariants } from "../text/han-variants.ts";

export const DIALECT = "tce-api3";

const BANNER = /^API\s*文档$/;
const VERSION_LINE = /^版本\s*[(（]\s*(\d{4}-\d{2}-\d{2})\s*[)）]$/;
const DATED = /^最近更新(时间|的时间)?\s*[:：]/;
/** The five-column input header of TCE API 3.0 actions (simplified or traditional). */
export const INPUT_HEADER = /^参数名称\t必选\t允许NULL\t类型\t描述$/;
/** A legacy part following the API 3.0 one in the same export ends it. */
const LEGACY_BANNER = /^历史版本\s*[(（]\s*V2\s*接口\s*[)）]$/;

export interface Api3Banner {
  /** 1-based line of `API文档`. */
  line: number;
  version: string;
  /** The line after the banner naming the product, `私有网络 (vpc)`. */
  product?: { title: string; service: string; line: number };
}

/** The `API文档` banner of the document body (not the table of contents), if any. */
export function findApi3Banner(lines: readonly string[]): Api3Banner | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (!BANNER.test(lines[i]!.trim())) continue;
    let version: string | undefined;
    let product: Api3Banner["product"];
    let dated = false;
    let seen = 0;
    for (let j = i + 1; j < lines.length && seen < 10; j++) {
      const t = lines[j]!.trim();
      if (t === "") continue;
      seen++;
      const v = VERSION_LINE.exec(t);
      if (v) version = v[1];
      const p = /^(.+?)\s*[(（]\s*([a-z][a-z0-9-]*)\s*[)）]$/.exec(t);
      if (p && !v && !product) product = { title: p[1]!.trim(), service: p[2]!, line: j + 1 };
      if (DATED.test(foldHanVariants(t))) {
        dated = true;
        break;
      }
    }
    if (dated && version) return { line: i + 1, version, ...(product ? { product } : {}) };
  }
  return undefined;
}

export function detectTceApi3(doc: SourceDocument): DocumentPart[] {
  const banner = findApi3Banner(doc.lines);
  if (!banner) return [];
  let end = doc.lines.length;
  let tables = 0;
  for (let i = banner.line; i < doc.lines.length; i++) {
    const t = doc.lines[i]!.trim();
    if (LEGACY_BANNER.test(t)) {
      end = i;
      break;
    }
    if (INPUT_HEADER.test(foldHanVariants(doc.lines[i]!.trim()))) tables++;
  }
  if (tables === 0) return [];
  return [
    {
      dialect: DIALECT,
      startLine: banner.line,
      endLine: end,
      evidence: `'API文档' banner with 版本 (${banner.version}) at line ${banner.line}, ${tables} TAB tables 参数名称⇥必选⇥允许NULL⇥类型⇥描述`,
    },
  ];
}
