// Renders a package model through templates/client/** and formats the result with prettier.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import * as prettier from "prettier";
import type { PackageModel } from "./model.ts";

type Template = (context: unknown) => string;

interface ClientTemplates {
  types: Template;
  errors: Template;
  command: Template;
  paginator: Template;
  regions: Template;
  validate: Template;
  client: Template;
  service: Template;
  index: Template;
  packageJson: Template;
  tsconfig: Template;
}

const compiled = new Map<string, ClientTemplates>();

/** The client templates of a templates/ directory, compiled once per process. */
export function loadTemplates(templatesDir: string): ClientTemplates {
  const cached = compiled.get(templatesDir);
  if (cached) return cached;
  const hb = Handlebars.create();
  // Everything the templates print was escaped for its context by the model (escape.ts); HTML
  // escaping would corrupt TypeScript, so it is off, and a missing field is an error, not "".
  const read = (rel: string) => readFileSync(join(templatesDir, "client", rel), "utf8");
  const compile = (rel: string): Template => hb.compile(read(rel), { noEscape: true, strict: true });
  hb.registerPartial("field", hb.compile(read("field.hbs"), { noEscape: true, strict: true }));
  hb.registerHelper("json", (value: unknown) => JSON.stringify(value));
  const templates: ClientTemplates = {
    types: compile("src/types.ts.hbs"),
    errors: compile("src/errors.ts.hbs"),
    command: compile("src/command.ts.hbs"),
    paginator: compile("src/paginator.ts.hbs"),
    regions: compile("src/regions.ts.hbs"),
    validate: compile("src/validate.ts.hbs"),
    client: compile("src/client.ts.hbs"),
    service: compile("src/service.ts.hbs"),
    index: compile("src/index.ts.hbs"),
    packageJson: compile("package.json.hbs"),
    tsconfig: compile("tsconfig.json.hbs"),
  };
  compiled.set(templatesDir, templates);
  return templates;
}

export interface RenderOptions {
  runtimeRange: string;
}

/** Package-relative source files (src/**, package.json, tsconfig.json), unformatted. */
export function renderPackage(model: PackageModel, templates: ClientTemplates, options: RenderOptions): Map<string, string> {
  const files = new Map<string, string>();
  files.set("package.json", templates.packageJson({ ...model.packageJson, runtimeRange: options.runtimeRange }));
  files.set("tsconfig.json", templates.tsconfig({}));
  files.set("src/types.ts", templates.types(model));
  files.set("src/errors.ts", templates.errors(model));
  files.set("src/client.ts", templates.client(model));
  files.set("src/service.ts", templates.service(model));
  files.set("src/index.ts", templates.index(model));
  files.set("src/regions.ts", templates.regions(model));
  files.set("src/validate.ts", templates.validate(model));
  const shared = { header: model.header, runtime: model.runtime, callOptionsType: model.callOptionsType, packageBaseClass: model.packageBaseClass };
  for (const action of model.actions) {
    files.set(`src/${action.module}.ts`, templates.command({ ...shared, action }));
    if (action.paginator) files.set(`src/${action.paginator.module}.ts`, templates.paginator({ ...shared, paginator: action.paginator }));
  }
  return files;
}

const PRETTIER: prettier.Options = { printWidth: 120 };

/**
 * The parser prettier reads TypeScript with. babel-ts prints exactly what the typescript parser
 * does for everything the templates write (test/emit/client/render.test.ts compares the two over a
 * whole package) and parses in about half the time: the typescript parser builds the compiler's own
 * syntax tree and then converts it, and this is a third of the client emitter's formatting time.
 */
const TS_PARSER = "babel-ts";

const SPLIT = "// @docs2sdk-split ";

/** Formats one file, naming it in the error when the text does not parse (a template bug). */
async function format(path: string, text: string, parser: string): Promise<string> {
  try {
    return await prettier.format(text, { ...PRETTIER, parser });
  } catch (e) {
    throw new Error(`client emitter: ${path} is not valid ${parser === TS_PARSER ? "TypeScript" : parser}: ${(e as Error).message}`);
  }
}

/** The command files as one text between split markers; on a syntax error, the failing file is named. */
async function formatCommands(commands: [string, string][]): Promise<string> {
  try {
    return await prettier.format(commands.map(([path, text]) => `${SPLIT}${path}\n${text}`).join("\n"), { ...PRETTIER, parser: TS_PARSER });
  } catch {
    for (const [path, text] of commands) await format(path, text, TS_PARSER);
    throw new Error("client emitter: the command files do not format together, though each does alone");
  }
}

/**
 * Formats TypeScript and JSON files with prettier; other files pass through.
 *
 * The per-action command and paginator files are small and many: they are formatted as one text, joined and then
 * split again at marker comments, which saves prettier's per-call cost (a few hundred calls per
 * package). Top-level statements are formatted independently of their neighbours, so the result is
 * the same as file by file (the golden test checks it).
 */
export async function formatFiles(files: Map<string, string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const small = /^src\/(commands|paginators)\/[^/]+\.ts$/;
  const commands = [...files].filter(([path]) => small.test(path));
  const others = [...files].filter(([path]) => !small.test(path));
  const [joined, ...formatted] = await Promise.all([
    commands.length > 0 ? formatCommands(commands) : "",
    ...others.map(([path, text]) => {
      const parser = path.endsWith(".ts") ? TS_PARSER : path.endsWith(".json") ? "json" : undefined;
      return parser ? format(path, text, parser) : text;
    }),
  ]);
  const parts = joined.split(new RegExp(`^${SPLIT}`, "m")).slice(1);
  if (parts.length !== commands.length) throw new Error(`client emitter: formatting the command files lost a file (${parts.length} of ${commands.length})`);
  for (const part of parts) {
    const newline = part.indexOf("\n");
    out.set(part.slice(0, newline), part.slice(newline + 1).replace(/\n+$/, "") + "\n");
  }
  others.forEach(([path], i) => out.set(path, formatted[i]!));
  return new Map([...files.keys()].map((path) => [path, out.get(path)!]));
}
