// Finding the API reference of an Alibaba Cloud (Apsara Stack) developer guide: request tables
// `名称⇥类型⇥是否必须⇥描述` (or 是否必需) whose first row is the `Action` parameter, and a public
// parameter table carrying the RPC signature parameters (AccessKeyId, SignatureNonce …). The part
// runs from the table of contents to the end of the chapter holding the actions; the SDK chapters
// after it are prose about client libraries and stay unclaimed.
import { Diagnostics } from "../../spec/diagnostics.ts";
import type { DocumentPart, SourceDocument } from "../document.ts";
import { readOutline } from "./outline.ts";

export const DIALECT = "aliyun-rpc";

export const REQUEST_HEADER = /^名称\t类型\t是否必[须需选]\t描述$/;
const ACTION_ROW = /^Action\t/;
const SIGNATURE_ROW = /^(AccessKeyId|SignatureNonce|SignatureMethod|SignatureVersion)\t/;

export function detectAliyunRpc(doc: SourceDocument): DocumentPart[] {
  const { lines } = doc;
  let firstRequest: number | undefined;
  let requests = 0;
  let signatureRow: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (SIGNATURE_ROW.test(t)) signatureRow ??= i + 1;
    if (!REQUEST_HEADER.test(t)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
      if (ACTION_ROW.test(lines[j]!.trim())) {
        requests++;
        firstRequest ??= i + 1;
        break;
      }
    }
  }
  if (firstRequest === undefined || signatureRow === undefined) return [];
  const outline = readOutline(lines, new Diagnostics(doc.file));
  const chapter = outline.headings.find((h) => h.level === 1 && h.line <= firstRequest && h.end >= firstRequest);
  const startLine = outline.tocLine ?? chapter?.line ?? 1;
  const endLine = chapter?.end ?? lines.length;
  return [
    {
      dialect: DIALECT,
      startLine,
      endLine,
      evidence:
        `${requests} request tables 名称⇥类型⇥是否必须⇥描述 starting with an Action row (first at line ${firstRequest}), ` +
        `RPC signature parameters in a public parameter table (line ${signatureRow})` +
        (chapter ? `, chapter "${chapter.number}. ${chapter.title}" (lines ${chapter.line}-${chapter.end})` : ""),
    },
  ];
}
