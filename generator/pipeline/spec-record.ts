// The release records in spec/ (versions.json, released-api.json) are JSON objects keyed by package;
// each is read the same way: absent means nothing released yet, anything malformed names the file.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * spec/<file> as an object whose every value passes `isValue`, or {} when the file does not exist.
 * Throws, naming the file, when it is not JSON or not such an object (`expected` says what it should be).
 */
export function readSpecRecord<T>(specDir: string, file: string, isValue: (v: unknown) => boolean, expected: string): Record<string, T> {
  let text: string;
  try {
    text = readFileSync(join(specDir, file), "utf8");
  } catch {
    return {};
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`spec/${file}: not JSON (${(e as Error).message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.values(value).every(isValue)) {
    throw new Error(`spec/${file}: expected ${expected}`);
  }
  return value as Record<string, T>;
}
