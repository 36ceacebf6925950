// What makes an emitted directory a publishable npm package, whichever emitters run: a LICENSE, a
// README (the docs emitter writes the full one; without it, a short one from templates/package), a
// package.json whose "files" lists only what is emitted, and repository.directory so that the README's
// relative links resolve on the registry's page. Applied to the client and runtime emitters' output
// (generator/emit/emitters.ts); the client emitter itself knows nothing of docs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import type { Service } from "../spec/types.ts";
import { markdownCode, markdownFence, markdownInline } from "./docs/escape.ts";
import { clientClassName, clientMethodName, DEFAULT_DEBUG_VARIABLE, packageDir, packageName, runtimePackageName, type PackageOptions } from "./naming.ts";
import { clientCallExample, exampleRequest, firstReadOnly } from "./typescript-example.ts";

/** The holder named in the default MIT LICENSE when the config names none. */
export const DEFAULT_LICENSE_HOLDER = "docs2sdk contributors";

type Template = (context: unknown) => string;

function packageTemplates(templatesDir: string): { license: Template; readme: Template } {
  const hb = Handlebars.create();
  const str = (v: unknown): string => (typeof v === "string" ? v : "");
  hb.registerHelper("inline", (v: unknown) => markdownInline(str(v)));
  hb.registerHelper("code", (v: unknown) => markdownCode(str(v)));
  hb.registerHelper("fence", (v: unknown, lang: unknown) => markdownFence(str(v), typeof lang === "string" ? lang : ""));
  const compile = (rel: string): Template => hb.compile(readFileSync(join(templatesDir, "package", rel), "utf8"), { noEscape: true, strict: true });
  return { license: compile("LICENSE.hbs"), readme: compile("README.md.hbs") };
}

/** The LICENSE text of every package. */
export function licenseText(templatesDir: string, packages: PackageOptions | undefined): string {
  const packaging = packages?.packaging;
  if (packaging?.licenseText !== undefined) return packaging.licenseText.replace(/\r\n?/g, "\n").replace(/\n*$/, "\n");
  return packageTemplates(templatesDir).license({ holder: packaging?.licenseHolder ?? DEFAULT_LICENSE_HOLDER });
}

/** The short README of a client package whose docs were not emitted: install, a read-only first call, where the docs are. */
export function fallbackReadme(templatesDir: string, service: Service, packages: PackageOptions | undefined, description: string): string {
  const name = packageName(service, packages);
  const clientClass = clientClassName(service);
  const action = firstReadOnly(service.actions);
  const example = action?.examples[0];
  let firstCall: string | undefined;
  if (action && example) {
    const { input, region } = exampleRequest(service, action, example);
    firstCall = clientCallExample({ packageName: name, clientClass, method: clientMethodName(action), ...(region === undefined ? {} : { region }), input });
  }
  return packageTemplates(templatesDir).readme({
    name,
    runtime: runtimePackageName(packages),
    description,
    firstCall,
    commandsImport: `import { ... } from "${name}"`,
  });
}

/** package.json with "files" matching what is emitted and repository.directory set where a repository is configured. */
export function packagedJson(text: string, dir: string, packages: PackageOptions | undefined): string {
  const packaging = packages?.packaging;
  const json = JSON.parse(text) as Record<string, unknown>;
  let changed = false;
  // "files" and "exports" list only what the configured emitters write.
  const absent = [packaging?.docs === false && "docs", packaging?.fixtures === false && "fixtures"].filter((d): d is string => typeof d === "string");
  for (const dir of absent) {
    if (Array.isArray(json.files) && json.files.includes(dir)) {
      json.files = json.files.filter((f) => f !== dir);
      changed = true;
    }
    const exports = json.exports as Record<string, unknown> | undefined;
    if (exports && typeof exports === "object" && `./${dir}/*` in exports) {
      delete exports[`./${dir}/*`];
      changed = true;
    }
  }
  const repository = json.repository;
  if (repository !== undefined) {
    const base = typeof repository === "string" ? { type: "git", url: repository } : (repository as Record<string, unknown>);
    const directory = [packaging?.directory, dir].filter((p) => p !== undefined && p !== "" && p !== ".").join("/");
    json.repository = { ...base, directory };
    changed = true;
  }
  return changed ? JSON.stringify(json, null, 2) + "\n" : text;
}

/**
 * The runtime names its debug variable DOCS2SDK_DEBUG in code, declarations and README; a configured
 * name replaces it in every text file. It appears in strings, comments and as the property read
 * from process.env; the schema allows only [A-Z0-9_] names, so each stays a valid identifier.
 */
function rebrandDebugVariable(files: Map<string, string | Uint8Array>, name: string | undefined): void {
  if (name === undefined || name === DEFAULT_DEBUG_VARIABLE) return;
  const pattern = new RegExp(`\\b${DEFAULT_DEBUG_VARIABLE}\\b`, "g");
  for (const [path, text] of files) if (typeof text === "string" && text.includes(DEFAULT_DEBUG_VARIABLE)) files.set(path, text.replace(pattern, name));
}

/**
 * Adds the packaging files to one emitter's output (paths "<package dir>/..."): LICENSE in every
 * package, package.json fixed, and for client packages without docs a README.
 */
export function packageOutput(files: Map<string, string | Uint8Array>, specs: { service: Service }[], templatesDir: string, packages: PackageOptions | undefined): Map<string, string | Uint8Array> {
  const out = new Map(files);
  rebrandDebugVariable(out, packages?.packaging?.debugVariable);
  const dirs = new Set([...files.keys()].filter((p) => p.endsWith("/package.json") && p.split("/").length === 2).map((p) => p.slice(0, -"/package.json".length)));
  const license = dirs.size > 0 ? licenseText(templatesDir, packages) : "";
  for (const dir of dirs) {
    out.set(`${dir}/LICENSE`, license);
    const pkgJson = out.get(`${dir}/package.json`) as string;
    out.set(`${dir}/package.json`, packagedJson(pkgJson, dir, packages));
    const spec = specs.find((s) => !s.service.supersededBy && packageDir(s.service) === dir);
    if (spec && packages?.packaging?.docs === false && !out.has(`${dir}/README.md`)) {
      const description = (JSON.parse(pkgJson) as { description?: string }).description ?? "";
      out.set(`${dir}/README.md`, fallbackReadme(templatesDir, spec.service, packages, description));
    }
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
