// What a worker thread of the build step does: parse one document, or run one of the tool's own
// emitters over its specs (worker-pool.ts sends the task, this answers with the result or the error).
import { parentPort } from "node:worker_threads";
import { Diagnostics, type Diagnostic } from "../spec/diagnostics.ts";
import { emitters } from "../emit/emitters.ts";
import type { PoolTask } from "./worker-pool.ts";
import { parseFresh } from "./parse-one.ts";

async function perform(task: PoolTask): Promise<unknown> {
  if (task.kind === "parse") return parseFresh(task.input, task.file);
  const emitter = emitters.find((e) => e.name === task.emitter);
  if (!emitter) throw new Error(`no emitter named ${task.emitter}`);
  const diagnostics = new Diagnostics(`generated (${emitter.name})`);
  const files = await emitter.emit({ specs: task.specs, templatesDir: task.templatesDir, diagnostics, ...(task.runtimeVersion !== undefined && { runtimeVersion: task.runtimeVersion }), ...(task.packages && { packages: task.packages }), ...(task.compileCacheDir !== undefined && { compileCacheDir: task.compileCacheDir }) });
  return { files, diagnostics: diagnostics.items satisfies Diagnostic[] };
}

parentPort!.on("message", (message: { id: number; task: PoolTask }) => {
  perform(message.task).then(
    (result) => parentPort!.postMessage({ id: message.id, result }),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
