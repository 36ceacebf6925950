// Copies a project's package metadata (docs2sdk.config.json "packages.metadata": repository,
// homepage, license, author, publishConfig...) into an emitted package.json. Without metadata the
// text is returned unchanged, so docs2sdk's own generated/ stays byte-identical.
import type { PackageOptions } from "../emit/naming.ts";

/** The package.json text with every metadata field set (replacing the template's value), keys in template order then new ones. */
export function withPackageMetadata(text: string, packages: PackageOptions | undefined): string {
  const metadata = packages?.metadata;
  if (!metadata || Object.keys(metadata).length === 0) return text;
  const json = JSON.parse(text) as Record<string, unknown>;
  for (const [key, value] of Object.entries(metadata)) json[key] = value;
  return JSON.stringify(json, null, 2) + "\n";
}
