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
  for (const action of model.actions) {
    files.set(`src/${action.module}.ts`, templates.command({ header: model.header, runtime: model.runtime, action }));
  }
  return files;
}

const PRETTIER: prettier.Options = { printWidth: 120 };

/** Formats TypeScript and JSON files with prettier; other files pass through. */
export async function formatFiles(files: Map<string, string>): Promise<Map<string, string>> {
  const entries = await Promise.all(
    [...files].map(async ([path, text]): Promise<[string, string]> => {
      const parser = path.endsWith(".ts") ? "typescript" : path.endsWith(".json") ? "json" : undefined;
      if (!parser) return [path, text];
      try {
        return [path, await prettier.format(text, { ...PRETTIER, parser, filepath: path })];
      } catch (e) {
        // A template producing invalid syntax is a generator bug: say which file, with the parse error.
        throw new Error(`client emitter: ${path} is not valid ${parser}: ${(e as Error).message}`);
      }
    }),
  );
  return new Map(entries);
}
