// Examples of the legacy V2 API: a GET URL wrapped over lines (`…/v2/index.php?Action=CreateVpc`,
// `&<公共请求参数>`, `&vpcName=x`, `&subnetSet.0.subnetName=y`) and a flat JSON response.
import { joinTight } from "../text/join.ts";
import { isJsonFailure, missingClosers, recoverJson } from "../text/json-recover.ts";
import { isPlainObject } from "../../spec/conform.ts";
import { PROTOCOL_PARAMETERS } from "../../spec/protocol-parameters.ts";
import { isPlaceholderKey, splitQuery, unflatten } from "../text/query.ts";

/** The V2 public request parameters: they are the signer's business, not the action's input. */
export const V2_PUBLIC_PARAMETERS = PROTOCOL_PARAMETERS["tencent-v2"];

export interface DecodedRequest {
  host?: string;
  path?: string;
  action?: string;
  input: Record<string, unknown>;
  /** Keys left out of `input` and why (a `__proto__` segment, nested too deep): for a warning. */
  rejected?: string[];
}

/**
 * A link-rewriting artefact glues an unrelated `http://host:port` before the real host
 * (`http://imgcache.finance.cloud.tencent.com:80vpc.api.qcloud.com/v2/index.php`).
 */
export function stripGluedPrefix(url: string): string {
  return url.replace(/^https?:\/\/[^\s/?]*?:\d+(?=[A-Za-z])/, "");
}

/** Decodes a wrapped GET example into its host, Action and nested input (public parameters dropped). */
export function decodeV2Request(lines: readonly string[]): DecodedRequest | { error: string } {
  // `&<公共请求参数>` placeholders, sometimes glued to a value (`Action=X<公共请求参数>`), are dropped.
  const url = stripGluedPrefix(joinTight(lines.filter((l) => l.trim() !== ""))).replace(/&?<+[^<>&=]*>/g, "");
  if (url === "") return { error: "the request example is empty" };
  const q = url.indexOf("?");
  const base = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? "" : url.slice(q + 1);
  const m = /^(?:https?:\/\/)?([^/\s]+)(\/[^\s]*)?$/.exec(base);
  if (q < 0 && !query) return { error: `no query string in the request example: ${JSON.stringify(url.slice(0, 80))}` };
  const pairs = splitQuery(query).filter((p) => p.key.trim() !== "" && !isPlaceholderKey(p.key));
  const action = pairs.find((p) => p.key === "Action")?.value;
  const rejected: string[] = [];
  const input = unflatten(
    pairs.filter((p) => !V2_PUBLIC_PARAMETERS.includes(p.key)),
    (_key, reason) => rejected.push(reason),
  );
  const out: DecodedRequest = { input };
  if (rejected.length > 0) out.rejected = rejected;
  if (m?.[1]) out.host = m[1];
  if (m?.[2]) out.path = m[2];
  if (action) out.action = action;
  return out;
}

/**
 * Recovers a response JSON object. Besides what recoverJson undoes (wraps inside strings), the V2
 * examples have trailing commas (`"message": "ok",` then `}`), commas lost at a page break, and
 * closing brackets lost at the end (the last piece of a split example stops after its last member):
 * repaired on a second try.
 */
export function decodeV2Response(
  lines: readonly string[],
  pieceStarts: readonly number[] = [0],
): { value: Record<string, unknown>; repaired: boolean } | { error: string; index: number } {
  const first = recoverJson(lines);
  if (!isJsonFailure(first)) {
    if (isPlainObject(first.value)) return { value: first.value, repaired: false };
    return { error: "the response example is not a JSON object", index: first.endIndex };
  }
  let text = restoreCommasAtBreaks(lines, pieceStarts).join("\n").replace(/,(\s*[}\]])/g, "$1");
  const closers = missingClosers(text.slice(Math.max(0, text.search(/[{[]/))));
  if (closers) text += "\n" + closers;
  const second = recoverJson(text.split("\n"));
  if (!isJsonFailure(second) && isPlainObject(second.value)) return { value: second.value, repaired: true };
  return { error: first.error, index: first.index };
}

/**
 * A page break between two pieces of a JSON example sometimes ate the comma after the last value
 * of the first piece (`"message": ""` / next piece `"codeDesc": …`): put it back.
 */
export function restoreCommasAtBreaks(lines: readonly string[], pieceStarts: readonly number[]): string[] {
  const out = [...lines];
  for (const start of pieceStarts) {
    if (start === 0) continue;
    let before = start - 1;
    while (before >= 0 && out[before]!.trim() === "") before--;
    let after = start;
    while (after < out.length && out[after]!.trim() === "") after++;
    if (before < 0 || after >= out.length) continue;
    const tail = out[before]!.trimEnd();
    if (/["\d}\]el]$/.test(tail) && /^"/.test(out[after]!.trim())) out[before] = `${tail},`;
  }
  return out;
}
