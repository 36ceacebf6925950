// What a task of the build step's pool does (worker-pool.ts): parse one document, run one of the
// tool's own emitters over its specs, prepare an emitter's spec-independent work ahead of the emit,
// or compile a package's TypeScript for an emitter that runs elsewhere (EmitContext.compile). The same function serves a worker thread (worker-tasks.ts) and the run's own thread, which
// takes part in the work, so a task's result never depends on where it ran.
import { Diagnostics, type Diagnostic } from "../spec/diagnostics.ts";
import { emitters } from "../emit/emitters.ts";
import type { EmitContext, Emitter } from "../emit/emitter.ts";
import type { CompileInput, CompileResult } from "../emit/compile-ts.ts";
import type { PackageOptions } from "../emit/naming.ts";
import type { LoadedSpec } from "../emit/emitter.ts";
import { parseFresh } from "./parse-one.ts";

/** What every emitter task knows besides its specs. */
export interface EmitSettings {
  templatesDir: string;
  packages?: PackageOptions | undefined;
  runtimeVersion?: string | undefined;
  compileCacheDir?: string | undefined;
}

export type PoolTask =
  | { kind: "parse"; input: string; file: string }
  | ({ kind: "emit"; emitter: string; specs: LoadedSpec[] } & EmitSettings)
  | ({ kind: "prepare"; emitter: string } & EmitSettings)
  | { kind: "compile"; input: CompileInput };

/** What the thread performing a task lends it: where an emitter's compiles go (absent: compiled in the emitter's thread). */
export interface TaskHooks {
  compile?: (input: CompileInput) => Promise<CompileResult>;
}

/** The emit context of a task: its settings, absent ones left out. */
function contextOf(settings: EmitSettings): Omit<EmitContext, "specs" | "diagnostics"> {
  return {
    templatesDir: settings.templatesDir,
    ...(settings.runtimeVersion !== undefined && { runtimeVersion: settings.runtimeVersion }),
    ...(settings.packages && { packages: settings.packages }),
    ...(settings.compileCacheDir !== undefined && { compileCacheDir: settings.compileCacheDir }),
  };
}

export async function performTask(task: PoolTask, hooks: TaskHooks = {}): Promise<unknown> {
  if (task.kind === "parse") return parseFresh(task.input, task.file);
  if (task.kind === "compile") return (await import("../emit/compile-ts.ts")).compilePackage(task.input);
  const emitter = emitters.find((e) => e.name === task.emitter);
  if (!emitter) throw new Error(`no emitter named ${task.emitter}`);
  if (task.kind === "prepare") return emitter.prepare?.(contextOf(task));
  return runEmitter(emitter, task.specs, task, hooks);
}

/** One emitter over its specs, in this thread: the files, and the diagnostics it reported. */
export async function runEmitter(
  emitter: Emitter,
  specs: LoadedSpec[],
  settings: EmitSettings,
  hooks: TaskHooks = {},
): Promise<{ files: Map<string, string | Uint8Array>; diagnostics: Diagnostic[] }> {
  const diagnostics = new Diagnostics(`generated (${emitter.name})`);
  const files = await emitter.emit({ ...contextOf(settings), specs, diagnostics, ...(hooks.compile && { compile: hooks.compile }) });
  return { files, diagnostics: diagnostics.items };
}
