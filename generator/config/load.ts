// docs2sdk.config.json: how a project that installs docs2sdk as a dev dependency configures
// `docs2sdk generate`. The file is checked against generator/config/schema.json (shipped with the
// tool, so editors can use it through "$schema"), then its paths are resolved relative to the
// file's own directory. Every problem is reported with the file and the JSON path it is at.
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import validateNpmPackageName from "validate-npm-package-name";
import type { PackageOptions, PackagingOptions } from "../emit/naming.ts";
import type { Language } from "../spec/types.ts";

export const CONFIG_FILE = "docs2sdk.config.json";
export const CONFIG_SCHEMA_PATH = join(import.meta.dirname, "schema.json");

export interface ConfigProblem {
  /** JSON Pointer of the offending value ("" for the whole file), e.g. "/packages/scope". */
  path: string;
  message: string;
}

/** A configuration that cannot be used; `message` lists every problem as "<file>: <path>: <message>". */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ConfigProblem[],
  ) {
    super(problems.map((p) => `${file}: ${p.path || "/"}: ${p.message}`).join("\n"));
    this.name = "ConfigError";
  }
}

/** The file as written (after schema validation). */
export interface ConfigFile {
  inputs: string[];
  preferLanguage?: Language[];
  specDir?: string;
  outDir?: string;
  emitters?: string[];
  templates?: string;
  packages?: { scope?: string; names?: Record<string, string>; metadata?: Record<string, unknown>; license?: { holder?: string; file?: string } };
  branding?: { siteTitle?: string; debugVariable?: string };
}

/** The configuration with every path absolute. */
export interface ResolvedConfig {
  file: string;
  /** The directory holding the file: the project root. */
  root: string;
  /** Every document the inputs name, absolute, in the order of the inputs (each glob's matches sorted), without duplicates. */
  inputs: string[];
  /** Which language's document supplies a spec that documents in two languages produce. */
  preferLanguage?: Language[];
  specDir: string;
  outDir: string;
  /** Emitter names, in the order to run them; undefined: all. */
  emitters?: string[];
  /** The template override directory, absolute. */
  templates?: string;
  packages?: PackageOptions;
}

let validator: ReturnType<Ajv2020["compile"]> | undefined;

function schemaValidator(): ReturnType<Ajv2020["compile"]> {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    validator = ajv.compile(JSON.parse(readFileSync(CONFIG_SCHEMA_PATH, "utf8")));
  }
  return validator;
}

function describe(error: ErrorObject): ConfigProblem {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return { path: `${error.instancePath}/${String(p.additionalProperty)}`, message: "is not a known setting" };
    case "required":
      return { path: error.instancePath, message: `is missing the required setting "${String(p.missingProperty)}"` };
    case "enum":
      return { path: error.instancePath, message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}` };
    case "propertyNames":
      return { path: error.instancePath, message: `has a key that is not a package directory name ("${String(p.propertyName)}")` };
    default:
      return { path: error.instancePath, message: error.message ?? error.keyword };
  }
}

/** The schema's problems with a parsed file, one per value (a propertyNames failure's pattern echo is folded in). */
export function configProblems(value: unknown): ConfigProblem[] {
  const validate = schemaValidator();
  if (validate(value)) return [];
  const seen = new Set<string>();
  const out: ConfigProblem[] = [];
  for (const error of validate.errors ?? []) {
    // oneOf reports each branch too; its own summary is enough, and the branches' messages confuse.
    if (error.keyword === "if" || (error.keyword === "pattern" && error.propertyName !== undefined)) continue;
    const problem = describe(error);
    const key = `${problem.path}\0${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  // Branch errors of a oneOf sit at the same path as the oneOf's own: keep only the oneOf's.
  const oneOfPaths = new Set((validate.errors ?? []).filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
  return out.filter((p) => !oneOfPaths.has(p.path) || p.message.startsWith("must match exactly one schema"));
}

/**
 * The config file to use: the explicit one, else the nearest docs2sdk.config.json in `cwd` or a
 * directory above it (as tsconfig.json and eslint configs are found), so a run from a subdirectory
 * of the project uses the project's config.
 */
export function findConfig(cwd: string, explicit?: string): string | undefined {
  if (explicit) return resolve(cwd, explicit);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

const GLOB_CHARS = /[*?[\]{}]/;

/** "*" within a path segment, "**" across segments, "?" one character (posix "/" separators). */
export function globRegExp(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*" && pattern[i + 1] === "*") {
      // "**/" matches zero or more directories; a trailing "**" anything.
      if (pattern[i + 2] === "/") {
        re += "(?:.*/)?";
        i += 2;
      } else {
        re += ".*";
        i += 1;
      }
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(join(dir, entry.name), rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** The files one input names: itself, or a glob's matches (sorted). */
export function expandInput(root: string, input: string): string[] {
  const normalized = input.split(sep).join("/");
  if (!GLOB_CHARS.test(normalized)) {
    const path = resolve(root, input);
    return existsSync(path) && statSync(path).isFile() ? [path] : [];
  }
  // The fixed leading segments are the directory to search.
  const segments = normalized.split("/");
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
  const baseRel = segments.slice(0, firstGlob).join("/");
  const base = isAbsolute(normalized) ? baseRel || "/" : resolve(root, baseRel || ".");
  if (!existsSync(base) || !statSync(base).isDirectory()) return [];
  const re = globRegExp(segments.slice(firstGlob).join("/"));
  return walk(base)
    .filter((rel) => re.test(rel))
    .sort()
    .map((rel) => join(base, rel));
}

function listTemplateFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listTemplateFiles(join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out.sort();
}

export interface LoadOptions {
  /** Allow specDir and outDir outside the project root (the directory of the file). */
  allowOutsideRoot?: boolean;
}

/** True when `path` is `dir` or lies below it. */
function within(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** Where this run writes must not overlap what it reads or what else it writes (outDir == specDir deleted what it had just emitted). */
function directoryProblems(root: string, config: ConfigFile, dirs: { specDir: string; outDir: string }, inputs: string[], allowOutsideRoot: boolean): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const { specDir, outDir } = dirs;
  if (within(specDir, outDir) || within(outDir, specDir)) {
    problems.push({ path: "/outDir", message: `"${config.outDir ?? "generated"}" overlaps specDir "${config.specDir ?? "spec"}" (each must be a directory of its own)` });
  }
  for (const [key, dir] of [["specDir", specDir], ["outDir", outDir]] as const) {
    if (dir === root) problems.push({ path: `/${key}`, message: `is the project root itself; give it a directory of its own` });
    else if (!allowOutsideRoot && !within(root, dir)) problems.push({ path: `/${key}`, message: `"${config[key]}" lies outside the project root ${root} (pass --allow-outside-root to write there)` });
  }
  const sources = join(specDir, "sources");
  const badInput = inputs.find((f) => within(outDir, f) || (within(specDir, f) && !within(sources, f)));
  if (badInput) problems.push({ path: "/inputs", message: `${badInput} lies in outDir or specDir (documents belong outside them, or in specDir/sources)` });
  return problems;
}

/** Overrides must be plain files outside what docs2sdk writes (the .cache copy is recreated from them on every run). */
function templateProblems(root: string, templates: string, dirs: { specDir: string; outDir: string }): ConfigProblem[] {
  const cache = join(root, ".cache");
  if (within(cache, templates) || within(templates, cache)) return [{ path: "/templates", message: `${templates} overlaps docs2sdk's cache ${cache}, which it recreates on every run` }];
  for (const dir of [dirs.specDir, dirs.outDir]) {
    if (within(dir, templates) || within(templates, dir)) return [{ path: "/templates", message: `${templates} overlaps ${dir}, which docs2sdk writes` }];
  }
  if (lstatSync(templates).isSymbolicLink()) return [{ path: "/templates", message: `${templates} is a symbolic link; name the directory it points to` }];
  const links = listEntries(templates).filter((rel) => lstatSync(join(templates, rel)).isSymbolicLink());
  return links.map((rel) => ({ path: "/templates", message: `${rel} is a symbolic link; override templates must be plain files` }));
}

function listEntries(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    out.push(rel);
    if (entry.isDirectory()) out.push(...listEntries(join(dir, entry.name), rel));
  }
  return out;
}

/** Package names npm would refuse (validate-npm-package-name, as for a new package), and two packages given one name. */
function packageNameProblems(pkg: ConfigFile["packages"]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const npmProblems = (name: string) => {
    const result = validateNpmPackageName(name);
    return result.validForNewPackages ? [] : [...(result.errors ?? []), ...(result.warnings ?? [])];
  };
  if (pkg?.scope !== undefined) {
    const why = npmProblems(`${pkg.scope}/runtime`);
    if (why.length) problems.push({ path: "/packages/scope", message: `"${pkg.scope}" is not a valid npm scope: ${why.join("; ")}` });
  }
  const byName = new Map<string, string>();
  for (const [dir, name] of Object.entries(pkg?.names ?? {})) {
    const pointer = `/packages/names/${dir}`;
    const why = npmProblems(name);
    if (why.length) problems.push({ path: pointer, message: `"${name}" is not a valid npm package name: ${why.join("; ")}` });
    const other = byName.get(name);
    if (other !== undefined) problems.push({ path: pointer, message: `"${name}" is also the name of package ${other}; each package needs its own name` });
    byName.set(name, dir);
  }
  return problems;
}

/**
 * Reads, validates and resolves a config file. Throws ConfigError listing every problem: schema
 * violations, inputs that name no document, a missing template directory, override files that
 * replace no template of `toolTemplates`, overlapping or out-of-project directories, symbolic links
 * or the cache as overrides, package names npm refuses or given twice.
 */
export function loadConfig(file: string, toolTemplates?: string, options: LoadOptions = {}): ResolvedConfig {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new ConfigError(path, [{ path: "", message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(path, [{ path: "", message: `is not valid JSON: ${(e as Error).message}` }]);
  }
  const problems = configProblems(value);
  if (problems.length) throw new ConfigError(path, problems);
  const config = value as ConfigFile;
  const root = dirname(path);
  const inputs: string[] = [];
  config.inputs.forEach((input, i) => {
    const matched = expandInput(root, input);
    if (matched.length === 0) problems.push({ path: `/inputs/${i}`, message: `"${input}" names no file (relative to ${root})` });
    for (const m of matched) if (!inputs.includes(m)) inputs.push(m);
  });
  const dirs = { specDir: resolve(root, config.specDir ?? "spec"), outDir: resolve(root, config.outDir ?? "generated") };
  problems.push(...directoryProblems(root, config, dirs, inputs, options.allowOutsideRoot ?? false));
  problems.push(...packageNameProblems(config.packages));
  let templates: string | undefined;
  if (config.templates !== undefined) {
    templates = resolve(root, config.templates);
    const overrideProblems = existsSync(templates) && statSync(templates).isDirectory() ? templateProblems(root, templates, dirs) : [];
    if (!existsSync(templates) || !statSync(templates).isDirectory()) {
      problems.push({ path: "/templates", message: `"${config.templates}" is not a directory (relative to ${root})` });
    } else if (overrideProblems.length) {
      problems.push(...overrideProblems);
    } else if (toolTemplates) {
      for (const rel of listTemplateFiles(templates)) {
        if (!existsSync(join(toolTemplates, rel))) problems.push({ path: "/templates", message: `${rel} replaces no template (docs2sdk's templates/ has no such file)` });
      }
    }
  }
  const packaging = packagingOptions(config, root, dirs.outDir, problems);
  if (problems.length) throw new ConfigError(path, problems);
  const pkg = config.packages;
  const packages: PackageOptions = {
    scope: pkg?.scope ?? "@docs2sdk",
    ...(pkg?.names && { names: pkg.names }),
    ...(pkg?.metadata && { metadata: pkg.metadata }),
    packaging,
  };
  return {
    file: path,
    root,
    inputs,
    ...(config.preferLanguage && { preferLanguage: config.preferLanguage }),
    specDir: dirs.specDir,
    outDir: dirs.outDir,
    ...(config.emitters && { emitters: config.emitters }),
    ...(templates && { templates }),
    packages,
  };
}

/** How packages are packaged: repository.directory below the project root, docs or not, the LICENSE, the site's title. */
function packagingOptions(config: ConfigFile, root: string, outDir: string, problems: ConfigProblem[]): PackagingOptions {
  const packaging: PackagingOptions = { directory: relative(root, outDir).split(sep).join("/") || "." };
  if (config.emitters && !config.emitters.includes("docs")) packaging.docs = false;
  if (config.emitters && !config.emitters.includes("fixtures")) packaging.fixtures = false;
  if (config.emitters && !config.emitters.includes("mcp")) packaging.mcp = false;
  const license = config.packages?.license;
  if (license?.holder !== undefined) packaging.licenseHolder = license.holder;
  if (license?.file !== undefined) {
    try {
      packaging.licenseText = readFileSync(resolve(root, license.file), "utf8");
    } catch (e) {
      problems.push({ path: "/packages/license/file", message: `"${license.file}" cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; relative to ${root})` });
    }
  }
  if (config.branding?.siteTitle !== undefined) packaging.siteTitle = config.branding.siteTitle;
  if (config.branding?.debugVariable !== undefined) packaging.debugVariable = config.branding.debugVariable;
  return packaging;
}

/**
 * The templates a run uses: the tool's templates with each override file laid over it, copied to
 * `dest` (recreated on every call). The emit cache keys on the result's contents, so an edited
 * override re-emits what it renders.
 */
export function mergeTemplates(toolTemplates: string, overrides: string, dest: string): string {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  cpSync(toolTemplates, dest, { recursive: true });
  cpSync(overrides, dest, { recursive: true });
  return dest;
}

/** Where a path sits relative to the project, for messages. */
export function projectPath(config: ResolvedConfig, path: string): string {
  const rel = relative(config.root, path);
  return rel.startsWith("..") ? path : rel.split(sep).join("/");
}
