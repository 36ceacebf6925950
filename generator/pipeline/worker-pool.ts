// Both cores: documents are parsed and emitter units run in worker threads (worker-tasks.ts), as
// many at once as there are workers. Results are collected by the caller in its own order, so the
// output is byte-for-byte what a run on one thread makes (test/pipeline/worker-pool.test.ts).
//
// Workers start on the first task (a run whose work is all cached starts none) and are ended by close().
import { availableParallelism, loadavg } from "node:os";
import { Worker } from "node:worker_threads";
import type { LoadedSpec } from "../emit/emitter.ts";
import type { PackageOptions } from "../emit/naming.ts";

export type PoolTask =
  | { kind: "parse"; input: string; file: string }
  | { kind: "emit"; emitter: string; specs: LoadedSpec[]; templatesDir: string; packages?: PackageOptions | undefined; runtimeVersion?: string | undefined; compileCacheDir?: string | undefined };

interface Pending {
  task: PoolTask;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * How many workers a run uses by default: DOCS2SDK_WORKERS when set; else one per core when the
 * machine has a core to spare (1-minute load average below cores - 1), else none. Each worker loads
 * and warms up the parsers, TypeScript and prettier on its own (about 70 % more CPU in all for the
 * bundled documents), which pays only when another core is actually free: on a busy machine the
 * workers made a cold run slower (64 s against 35 s on one thread at load 7 on 2 cores).
 */
export function defaultWorkers(): number {
  const configured = process.env.DOCS2SDK_WORKERS;
  if (configured !== undefined && /^\d+$/.test(configured)) return Number(configured);
  const cores = availableParallelism();
  return cores > 1 && loadavg()[0]! < cores - 1 ? cores : 0;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<Worker, Pending>();
  private nextId = 0;

  constructor(readonly size: number) {}

  run<T>(task: PoolTask): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
    this.all.length = 0;
    this.idle.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.all.length < this.size ? this.start() : undefined);
      if (!worker) return;
      const pending = this.queue.shift()!;
      this.running.set(worker, pending);
      worker.postMessage({ id: this.nextId++, task: pending.task });
    }
  }

  private start(): Worker {
    const worker = new Worker(new URL("./worker.mjs", import.meta.url));
    worker.on("message", (message: { result?: unknown; error?: string }) => {
      const pending = this.running.get(worker)!;
      this.running.delete(worker);
      this.idle.push(worker);
      if (message.error !== undefined) pending.reject(new Error(`in a worker: ${message.error}`));
      else pending.resolve(message.result);
      this.dispatch();
    });
    worker.on("error", (error) => this.fail(worker, error));
    worker.on("exit", (code) => {
      if (this.running.has(worker)) this.fail(worker, new Error(`a worker exited (code ${code}) during its task`));
    });
    this.all.push(worker);
    return worker;
  }

  /** A worker that died takes its task down with it; the others go on. */
  private fail(worker: Worker, error: Error): void {
    const pending = this.running.get(worker);
    this.running.delete(worker);
    const i = this.all.indexOf(worker);
    if (i >= 0) this.all.splice(i, 1);
    pending?.reject(error);
    this.dispatch();
  }
}
