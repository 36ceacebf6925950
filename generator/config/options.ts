// Turns a resolved docs2sdk.config.json into the options of generate(): the project's paths, the
// package names and metadata, the chosen emitters and the templates with the project's overrides.
import { join } from "node:path";
import { emitters as allEmitters } from "../emit/emitters.ts";
import { CACHE_DIR, REPO_ROOT, type GenerateOptions } from "../pipeline/generate.ts";
import { findConfig, loadConfig, mergeTemplates, type LoadOptions, type ResolvedConfig } from "./load.ts";

/** The tool's own templates: next to the installed generator, never the project's. */
export const TOOL_TEMPLATES = join(REPO_ROOT, "templates");

/** The config file `generate` uses (explicit, else the nearest docs2sdk.config.json from `cwd` up), loaded; undefined when there is none. Throws ConfigError. */
export function loadProjectConfig(cwd: string, explicit?: string, options: LoadOptions = {}): ResolvedConfig | undefined {
  const file = findConfig(cwd, explicit);
  return file === undefined ? undefined : loadConfig(file, TOOL_TEMPLATES, options);
}

export function configGenerateOptions(config: ResolvedConfig): GenerateOptions {
  return {
    configFile: config.file,
    root: config.root,
    inputs: config.inputs,
    specDir: config.specDir,
    outDir: config.outDir,
    templatesDir: config.templates ? mergeTemplates(TOOL_TEMPLATES, config.templates, join(config.root, CACHE_DIR, "templates")) : TOOL_TEMPLATES,
    // A name selects every emitter that makes part of that output (docs-site: its pages and its index).
    ...(config.emitters && { emitters: config.emitters.flatMap((name) => allEmitters.filter((e) => (e.selectedAs ?? e.name) === name)) }),
    ...(config.packages && { packages: config.packages }),
    ...(config.preferLanguage && { preferLanguage: config.preferLanguage }),
  };
}
