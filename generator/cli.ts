// The docs2sdk command line. Each command is a thin shell over a pipeline function.
import { Command, Option } from "commander";
import { join, posix, resolve } from "node:path";
import { formatDiagnostic, type Diagnostic } from "./spec/diagnostics.ts";
import { InputError, readSourceDocument } from "./parse/document.ts";
import { defaultInputs, generate, NoInputsError, specJson, type GenerateOptions, type GenerateResult } from "./pipeline/generate.ts";
import type { PendingRelease } from "./pipeline/versions.ts";
import { diffPaths, diffSuperseded } from "./diff/load.ts";
import { renderJson, renderMarkdown } from "./diff/render.ts";
import { toOpenApi } from "./emit/openapi/openapi.ts";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * Re-runs `run` after changes to the given documents or below the given directories (the configured
 * inputs and template overrides), debounced. A document is watched through its directory, since
 * editors often replace a file instead of writing it.
 */
async function watchAndRegenerate(paths: string[], run: () => Promise<void>): Promise<void> {
  const { watch, statSync } = await import("node:fs");
  const { basename, dirname } = await import("node:path");
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const trigger = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(run).catch((e) => {
        process.stderr.write(`docs2sdk: ${(e as Error).stack ?? e}\n`);
      });
    }, 200);
  };
  await run();
  const files = new Map<string, Set<string>>();
  const dirs: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) continue;
    if (statSync(p).isDirectory()) dirs.push(p);
    else files.set(dirname(p), (files.get(dirname(p)) ?? new Set()).add(basename(p)));
  }
  for (const d of dirs) watch(d, { recursive: true }, trigger);
  for (const [dir, names] of files) watch(dir, (_event, name) => (name === null || names.has(String(name))) && trigger());
  process.stderr.write(`watching ${[...dirs, ...[...files].flatMap(([d, n]) => [...n].map((f) => join(d, f)))].join(", ")} (Ctrl-C to stop)\n`);
  await new Promise<void>(() => {});
}

/** Exit codes: 0 ok, 1 errors under --strict or stale output under --check, 2 bad usage or input. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Colour on a terminal only: never when the stream is not a TTY, when NO_COLOR is set (to anything
 * but the empty string, https://no-color.org) or when TERM is "dumb"; FORCE_COLOR (not "0") forces it.
 */
export function useColor(stream: { isTTY?: boolean } = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}

const SEVERITY_COLOR: Record<string, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m" };

function printDiagnostic(d: Diagnostic, color: boolean): void {
  const line = formatDiagnostic(d);
  const at = `${d.file}:${d.line}: `.length;
  const severity = SEVERITY_COLOR[d.severity];
  process.stderr.write((color && severity ? `${line.slice(0, at)}${severity}${d.severity}\x1b[0m${line.slice(at + d.severity.length)}` : line) + "\n");
}

/**
 * Errors always; infos only under -v; warnings too unless `warnings` is false (generate: they are all
 * in spec/report.json), and then their count with a hint, unless `hint` is false.
 */
function printDiagnostics(items: Diagnostic[], verbose: boolean, { warnings = true, hint = true } = {}): void {
  const color = useColor();
  let hidden = 0;
  for (const d of items) {
    if (d.severity !== "error" && !verbose && !(d.severity === "warning" && warnings)) {
      if (d.severity === "warning") hidden++;
      continue;
    }
    printDiagnostic(d, color);
  }
  if (hidden && hint) process.stderr.write(`${hidden} warning${hidden === 1 ? "" : "s"} not shown (-v to list them)\n`);
}

/** The tool's own version, from its package.json. */
function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** "0.1.3 -> 0.2.0 (1 breaking API change)": one package's release, before and after. */
function describeRelease(p: PendingRelease): string {
  if (p.reason === "first") return `${p.to} (first release)`;
  const why =
    p.reason === "breaking" ? `${p.apiDiff!.breaking} breaking API change${p.apiDiff!.breaking === 1 ? "" : "s"}` : p.reason === "feature" ? `${p.apiDiff!.changes.length} API change${p.apiDiff!.changes.length === 1 ? "" : "s"}, none breaking` : p.apiDiff ? "content changed, API unchanged" : "content changed";
  return `${p.from} -> ${p.to} (${why})`;
}

/** The packages generate found changed since their last release, each with its version before and after `docs2sdk version`. */
function pendingSummary(pending: readonly PendingRelease[]): string[] {
  if (pending.length === 0) return [];
  return [
    `unreleased: ${pending.length} package${pending.length === 1 ? "" : "s"} changed since the last release (docs2sdk version releases them):`,
    ...pending.map((p) => `    ${p.name} ${describeRelease(p)}`),
  ];
}

function summarize(result: GenerateResult, verbose = false): string {
  const lines: string[] = [];
  const g = result.generated;
  const changed = result.spec.written.length + result.spec.deleted.length + (g ? g.written.length + g.deleted.length : 0) > 0;
  if (!changed && !verbose && !result.aborted) {
    // A no-op run: the coverage and warnings are those of the last run (spec/report.json, -v).
    const files = result.spec.unchanged + (g ? g.unchanged : 0);
    lines.push(`nothing changed: ${files} files up to date`);
    lines.push(...pendingSummary(result.pendingReleases));
    lines.push(`${result.errors} errors, ${result.warnings} warnings (in spec/report.json; -v lists them)`);
    return lines.join("\n");
  }
  for (const doc of result.documents) {
    for (const c of doc.coverage) {
      lines.push(
        `${c.spec} (${doc.file}, ${c.dialect}): actions ${c.actionsFound}/${c.actionsNamed}` +
          (c.actionsMissing.length ? ` missing ${c.actionsMissing.join(",")}` : "") +
          `; structures ${c.structsDefined} defined, ${c.structsReferenced} referenced, ${c.danglingRefs.length} dangling` +
          `; examples ${c.examplesRecovered} recovered, ${c.examplesFailed.length} failed` +
          (c.pagination ? `; pagination: ${c.pagination.hinted.length} actions hinted, ${c.pagination.unhinted.length} list-like without a hint` : "") +
          c.examplesFailed.map((f) => `\n    example not recovered at ${doc.file}:${f.line}: ${f.reason}`).join(""),
      );
    }
    if (doc.failed) lines.push(`${doc.file}: FAILED (see diagnostics)`);
  }
  for (const d of result.emitDiagnostics) if (d.code.endsWith(".summary")) lines.push(d.message);
  for (const diff of result.apiChanges) {
    const file = diff.new;
    lines.push(`API changes in ${file}: ${diff.changes.length}, ${diff.breaking} breaking`);
    // Breaking first (diffSpecs sorts them so), each with what it was and what it is now.
    const SHOWN = 50;
    for (const c of diff.changes.slice(0, SHOWN)) {
      const change = c.before !== undefined || c.after !== undefined ? `: ${c.before ?? "(none)"} -> ${c.after ?? "(none)"}` : "";
      const where = c.source ? ` (${c.source.file}:${c.source.line})` : "";
      lines.push(`    ${c.breaking ? "breaking" : "change"} (${c.kind}): ${c.message}${change}${where}`);
    }
    if (diff.changes.length > SHOWN) lines.push(`    ... and ${diff.changes.length - SHOWN} more (every change: --format json)`);
  }
  lines.push(...pendingSummary(result.pendingReleases));
  lines.push(
    `spec: ${result.spec.written.length} written, ${result.spec.deleted.length} deleted, ${result.spec.unchanged} unchanged` +
      (g ? `; generated: ${g.written.length} written, ${g.deleted.length} deleted, ${g.unchanged} unchanged` : ""),
  );
  lines.push(`${result.errors} errors, ${result.warnings} warnings`);
  return lines.join("\n");
}

/** One line per config mistake, no stack trace. */
function reportConfigError(e: { file: string; problems: { path: string; message: string }[] }): void {
  for (const p of e.problems) process.stderr.write(`docs2sdk: config error: ${e.file}: ${p.path || "/"}: ${p.message}\n`);
}

/** The generate options of the project's docs2sdk.config.json (or --config), or the config's mistakes. */
async function loadProject(root: string, opts: { config?: string; allowOutsideRoot?: boolean }) {
  const { ConfigError } = await import("./config/load.ts");
  try {
    const { loadProjectConfig, configGenerateOptions } = await import("./config/options.ts");
    const config = loadProjectConfig(root, opts.config, { allowOutsideRoot: opts.allowOutsideRoot });
    return { configured: config ? configGenerateOptions(config) : ({} as GenerateOptions), templates: config?.templates };
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e;
  }
}

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name("docs2sdk")
    .description("Turn cloud API documentation into a normalized spec, typed clients, docs and fixtures.")
    .version(toolVersion(), "-V, --version", "print the version of docs2sdk")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command("generate")
    .description("parse the documents (default: spec/sources/*.txt) into spec/, then emit generated/")
    .argument("[documents...]", "documents to parse instead of the bundled ones")
    .option("--check", "write nothing; exit 1 listing every file that would change")
    .option("--strict", "(the default) any error diagnostic fails the run, and nothing is written")
    .option("--allow-outside-root", "let the config's specDir and outDir lie outside the project root")
    .option("--keep-going", "write what parsed even when a document has error diagnostics (still exits 1)")
    .option("--spec-only", "parse only; leave generated/ alone")
    .option("--root <dir>", "repository root", process.cwd())
    .option("--config <file>", "configuration file (default: the nearest docs2sdk.config.json in the root or a directory above it)")
    .option("-v, --verbose", "print info diagnostics too")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("-q, --quiet", "print only errors")
    .option("--no-cache", "redo every stage, ignoring .cache/docs2sdk")
    .option("--watch", "regenerate whenever a document or template changes")
    .action(async (documents: string[], opts) => {
      const quiet = opts.quiet || opts.format === "json";
      const progress = !quiet && process.stderr.isTTY ? (m: string) => process.stderr.write(`· ${m}\n`) : undefined;
      const root = resolve(opts.root);
      // A project's docs2sdk.config.json (or --config) sets its paths, package names and emitters.
      const { ConfigError } = await import("./config/load.ts");
      const configError = (e: InstanceType<typeof ConfigError>) => {
        reportConfigError(e);
        exitCode = EXIT.usage;
      };
      const project = await loadProject(root, opts);
      if (project instanceof ConfigError) return configError(project);
      const { configured, templates: configuredTemplates } = project;
      // Test hook: DOCS2SDK_TEST_KILL_BEFORE="rename source-lines.json" kills this process (SIGKILL)
      // before the first commit step whose description ends so, to prove that a rerun completes an
      // interrupted run (test/pipeline/atomic.test.ts).
      const killBefore = process.env.DOCS2SDK_TEST_KILL_BEFORE;
      if (killBefore) {
        const { commitHooks } = await import("./pipeline/sync-tree.ts");
        commitHooks.beforeStep = (_step, what) => {
          if (what.endsWith(killBefore)) process.kill(process.pid, "SIGKILL");
        };
      }
      const { boundHeapGrowthForLargeRuns } = await import("./pipeline/heap.ts");
      boundHeapGrowthForLargeRuns(documents.length ? documents.map((d) => resolve(d)) : (configured.inputs ?? defaultInputs(configured.root ?? root)));
      const runOnce = () =>
        generate({
          ...configured,
          root: configured.root ?? root,
          ...(configured.inputs && { inputs: configured.inputs }),
          ...(documents.length && { inputs: documents.map((d) => resolve(d)) }),
          check: opts.check,
          strict: opts.strict,
          keepGoing: opts.keepGoing,
          specOnly: opts.specOnly,
          cache: opts.cache,
          progress,
        });
      if (opts.watch) {
        const watched = documents.length
          ? documents.map((d) => resolve(d))
          : (configured.inputs ?? [join(configured.root ?? root, "spec", "sources")]);
        const templates = configuredTemplates ?? join(configured.root ?? root, "templates");
        await watchAndRegenerate([...watched, templates], async () => {
          const r = await runOnce();
          process.stdout.write(summarize(r, opts.verbose) + "\n");
        });
        return;
      }
      let result: GenerateResult;
      try {
        result = await runOnce();
      } catch (e) {
        if (e instanceof ConfigError) return configError(e);
        if (!(e instanceof NoInputsError)) throw e;
        process.stderr.write(`docs2sdk generate: ${e.message}\n`);
        exitCode = EXIT.usage;
        return;
      }
      for (const j of result.refusedJournals) process.stderr.write(`docs2sdk: warning: left ${j.path} alone (not replayed): ${j.reason}\n`);
      const diagnostics = [...result.documents.flatMap((d) => d.diagnostics), ...result.emitDiagnostics];
      if (opts.format === "json") {
        process.stdout.write(specJson(result));
      } else {
        printDiagnostics(quiet ? diagnostics.filter((d) => d.severity === "error") : diagnostics, opts.verbose, { warnings: false, hint: !quiet });
        if (!opts.quiet) process.stdout.write(summarize(result, opts.verbose) + "\n");
      }
      if (result.aborted) {
        process.stderr.write(`docs2sdk: ${result.errors} errors; nothing was written (--keep-going writes what parsed)\n`);
        exitCode = EXIT.failed;
      } else if (opts.check) {
        const stale = [
          ...result.pending.map((p) => `${posix.normalize(`spec/${p}`)} (an interrupted generate did not finish it)`),
          ...result.spec.written.map((p) => `spec/${p}`),
          ...result.spec.deleted.map((p) => `spec/${p} (would be deleted)`),
          ...(result.generated?.written ?? []).map((p) => `generated/${p}`),
          ...(result.generated?.deleted ?? []).map((p) => `generated/${p} (would be deleted)`),
        ];
        for (const s of stale) process.stderr.write(`stale: ${s}\n`);
        if (stale.length) {
          process.stderr.write(`docs2sdk: ${stale.length} files are out of date; run docs2sdk generate\n`);
          exitCode = EXIT.failed;
        }
      }
      // Errors fail the run even when --keep-going wrote what parsed; a document of no known dialect
      // is bad input (exit 2), as for `parse`.
      if (result.errors > 0 && exitCode === EXIT.ok) exitCode = EXIT.failed;
      const unrecognized = result.documents.filter((d) => d.diagnostics.some((x) => x.code === "document.unrecognized" && x.severity === "error"));
      if (unrecognized.length) {
        for (const d of unrecognized) process.stderr.write(`docs2sdk generate: ${d.file} is not in any known documentation dialect\n`);
        exitCode = EXIT.usage;
      }
    });

  program
    .command("version")
    .description("release what generate reports as unreleased: bump each changed package's version, record it in spec/versions.json, write its CHANGELOG.md")
    .option("--dry-run", "write nothing; list the releases it would make")
    .option("--allow-outside-root", "let the config's specDir and outDir lie outside the project root")
    .option("--root <dir>", "repository root", process.cwd())
    .option("--config <file>", "configuration file (default: the nearest docs2sdk.config.json in the root or a directory above it)")
    .action(async (opts) => {
      const root = resolve(opts.root);
      const { ConfigError } = await import("./config/load.ts");
      const project = await loadProject(root, opts);
      if (project instanceof ConfigError) {
        reportConfigError(project);
        exitCode = EXIT.usage;
        return;
      }
      const { release } = await import("./pipeline/release.ts");
      const { configured } = project;
      let result;
      try {
        result = await release({ ...configured, root: configured.root ?? root, dryRun: opts.dryRun });
      } catch (e) {
        if (e instanceof ConfigError) {
          reportConfigError(e);
          exitCode = EXIT.usage;
          return;
        }
        if (!(e instanceof NoInputsError)) throw e;
        process.stderr.write(`docs2sdk version: ${e.message}\n`);
        exitCode = EXIT.usage;
        return;
      }
      const g = result.generated;
      if (g.aborted || g.errors > 0) {
        printDiagnostics([...g.documents.flatMap((d) => d.diagnostics), ...g.emitDiagnostics].filter((d) => d.severity === "error"), false);
        process.stderr.write(`docs2sdk version: ${g.errors} errors; nothing was released (fix them, or regenerate with --keep-going to see what parsed)\n`);
        exitCode = EXIT.failed;
        return;
      }
      if (result.released.length === 0) {
        process.stdout.write("nothing to release: every package is as it was released\n");
        return;
      }
      for (const p of result.released) process.stdout.write(`${opts.dryRun ? "would release" : "released"} ${p.name} ${describeRelease(p)}\n`);
      if (!opts.dryRun) process.stdout.write(`recorded in spec/: ${result.specWritten.join(", ")}\n`);
    });

  program
    .command("parse")
    .description("parse one document and print its spec JSON on stdout (diagnostics on stderr)")
    .argument("<document>")
    .option("--strict", "exit 1 when there is any error diagnostic")
    .option("-v, --verbose", "print info diagnostics too")
    .action(async (document: string, opts) => {
      try {
        const doc = readSourceDocument(document);
        const { parseDocument } = await import("./parse/index.ts");
        const parsed = parseDocument(doc);
        printDiagnostics(parsed.diagnostics.items, opts.verbose);
        if (parsed.services.length === 0) {
          // Not a document docs2sdk can read: an input error (exit 2), whatever --strict says.
          const why = parsed.diagnostics.items.some((d) => d.code === "document.unrecognized") ? "is not in any known documentation dialect" : "produced no spec";
          process.stderr.write(`docs2sdk parse: ${document} ${why}; nothing printed\n`);
          exitCode = EXIT.usage;
          return;
        }
        const out = parsed.services.length === 1 ? parsed.services[0] : parsed.services;
        process.stdout.write(specJson(out));
        if (opts.strict && parsed.diagnostics.errorCount > 0) exitCode = EXIT.failed;
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        process.stderr.write(`${e.message}\n`);
        exitCode = EXIT.usage;
      }
    });

  program
    .command("diff")
    .description("what changed between two spec files or spec directories, breaking changes first")
    .argument("[old]", "old spec file or directory")
    .argument("[new]", "new spec file or directory")
    .option("--superseded <dir>", "compare every superseded spec in <dir> with the spec that supersedes it")
    .addOption(new Option("--format <format>", "output format").choices(["md", "json"]).default("md"))
    .option("--fail-on-breaking", "exit 1 when any change is breaking")
    .action((oldPath: string | undefined, newPath: string | undefined, opts) => {
      let diffs;
      try {
        if (opts.superseded) diffs = diffSuperseded(resolve(opts.superseded));
        else if (oldPath && newPath) diffs = diffPaths(resolve(oldPath), resolve(newPath));
        else throw new Error("diff needs OLD and NEW, or --superseded DIR");
      } catch (e) {
        process.stderr.write(`docs2sdk diff: ${(e as Error).message}\n`);
        exitCode = EXIT.usage;
        return;
      }
      process.stdout.write(opts.format === "json" ? renderJson(diffs) : renderMarkdown(diffs));
      if (opts.failOnBreaking && diffs.some((d) => d.breaking > 0)) exitCode = EXIT.failed;
    });

  program
    .command("report")
    .description("print the coverage of every spec (from spec/report.json) as a Markdown table")
    .option("--root <dir>", "repository root", process.cwd())
    .option("--readme <file>", "rewrite the table between <!-- coverage:start --> and <!-- coverage:end --> in this file")
    .action(async (opts) => {
      const { coverageTable } = await import("./pipeline/coverage-table.ts");
      const path = join(resolve(opts.root), "spec", "report.json");
      if (!existsSync(path)) {
        process.stderr.write(`docs2sdk report: ${path} does not exist; run docs2sdk generate first\n`);
        exitCode = EXIT.usage;
        return;
      }
      const table = coverageTable(JSON.parse(readFileSync(path, "utf8")));
      if (!opts.readme) {
        process.stdout.write(table + "\n");
        return;
      }
      const text = readFileSync(opts.readme, "utf8");
      const [start, end] = ["<!-- coverage:start -->\n", "\n<!-- coverage:end -->"];
      const a = text.indexOf(start);
      const b = text.indexOf(end);
      if (a < 0 || b < a) {
        process.stderr.write(`docs2sdk report: ${opts.readme} has no coverage markers\n`);
        exitCode = EXIT.usage;
        return;
      }
      writeFileSync(opts.readme, text.slice(0, a + start.length) + table + text.slice(b));
    });

  program
    .command("openapi")
    .description("export one spec file as an OpenAPI 3.1 document (JSON)")
    .argument("<spec>", "a spec file, e.g. spec/tencentcloud/cvm/2017-03-12.json")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .action((specFile: string, opts) => {
      let doc;
      try {
        doc = toOpenApi(JSON.parse(readFileSync(specFile, "utf8")));
      } catch (e) {
        process.stderr.write(`docs2sdk openapi: ${specFile}: ${(e as Error).message}\n`);
        exitCode = EXIT.usage;
        return;
      }
      const text = JSON.stringify(doc, null, 2) + "\n";
      if (opts.output) writeFileSync(opts.output, text);
      else process.stdout.write(text);
    });

  program
    .command("mock")
    .description("serve every packaged spec's fixtures on a local HTTP server that checks signatures and parameters")
    .option("--port <n>", "port to listen on (0: any free port)", "8080")
    .option("--host <address>", "address to bind (0.0.0.0: every interface)", "127.0.0.1")
    .option("--request-log <n>", "how many requests GET /__mock/requests keeps, the oldest dropped first", "1000")
    .option("--request-log-bytes <n>", "how many bytes of records (as JSON) the request log keeps at most", "8388608")
    .option("--cors-origin <origin>", "an origin a browser page may call the API from (repeatable; default none)", (value: string, previous: string[] = []) => [...previous, value])
    .option("--spec <dir>", "spec directory (default: docs2sdk.config.json's specDir, else spec)")
    .option("--config <file>", "configuration file whose specDir to serve (default: docs2sdk.config.json, if present)")
    .option("--secret-id <id>", "SecretId / AccessKeyId requests must be signed with (default: a generated dummy pair, printed)")
    .option("--secret-key <key>", "the matching secret key")
    .option("--credentials-from-env", "accept the key pairs in the clients' environment variables instead")
    .option("--no-verify", "accept any signature (for curl experiments); parameters are still checked")
    .option("--paging <n>", 'serve pages of n items (or "endless") for every action with a pagination hint, instead of its fixture')
    .action(async (opts) => {
      const { runMockCommand } = await import("./mock/command.ts");
      try {
        if (opts.spec === undefined) {
          const { loadProjectConfig } = await import("./config/options.ts");
          opts.spec = loadProjectConfig(process.cwd(), opts.config, { allowOutsideRoot: true })?.specDir ?? "spec";
        }
        exitCode = await runMockCommand(opts);
      } catch (e) {
        process.stderr.write(`docs2sdk mock: ${(e as Error).message}\n`);
        exitCode = EXIT.usage;
      }
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    const err = e as { code?: string; exitCode?: number };
    if (err.code === "commander.helpDisplayed" || err.code === "commander.version") return EXIT.ok;
    if (typeof err.exitCode === "number") return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  return exitCode;
}
