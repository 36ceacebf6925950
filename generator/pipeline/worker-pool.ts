// Both cores: documents are parsed and emitter units run in worker threads and in the run's own
// thread at once (pool-tasks.ts performs a task wherever it runs). Results are collected by the
// caller in its own order, so the output is byte-for-byte what a run on one thread makes
// (test/pipeline/worker-output.test.ts).
//
// A thread pays for every library it warms up: loading and JIT-compiling the TypeScript compiler
// and prettier costs a thread about 3.5 s, more than a whole client package. So tasks wait in two
// lanes: the compiler lane (the runtime package, MCP servers, and the compiles that client units
// hand over through EmitContext.compile) goes to the workers first, everything else (parsing, docs,
// OpenAPI, fixtures, rendering and formatting the clients) to this thread first; a worker whose
// inbox is empty takes from the general lane, and this thread takes from the far end of the
// compiler lane against a backlog. On two cores a cold run warms the compiler once and both
// threads stay busy to the end; a long run still balances.
//
// Workers start on the first task (a run whose work is all cached starts none) and are ended by close().
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { PoolTask } from "./pool-tasks.ts";

export type { PoolTask } from "./pool-tasks.ts";

/** The queue a task waits in (see the top of this file). */
export type Lane = "compiler" | "general";

interface Pending {
  task: PoolTask;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** The tasks of one lane: those asked for first, in order, then the others, in order. */
class LaneQueue {
  private readonly first: Pending[] = [];
  private readonly rest: Pending[] = [];

  get length(): number {
    return this.first.length + this.rest.length;
  }

  add(pending: Pending, first: boolean): void {
    (first ? this.first : this.rest).push(pending);
  }

  /** The next task in order. */
  take(): Pending | undefined {
    return this.first.shift() ?? this.rest.shift();
  }

  /** The last task in order. */
  takeLast(): Pending | undefined {
    return this.rest.pop() ?? this.first.pop();
  }

  clear(): Pending[] {
    return [...this.first.splice(0), ...this.rest.splice(0)];
  }
}

/**
 * How many compiler-lane tasks a worker holds: the one it runs and the next, handed over before it
 * needs it, so that it never waits while this thread is busy with a task of its own.
 */
const INBOX = 2;

/**
 * How many tasks this thread runs at once: a task that waits for work it handed to a worker (a
 * client unit's compile) leaves the thread to another task meanwhile.
 */
const LOCAL_SLOTS = 3;

/**
 * How many compiler-lane tasks must be waiting before this thread takes one: warming the compiler
 * up here costs about as much as three packages, so it pays only against a real backlog.
 */
const STEAL_BACKLOG = 4;

/**
 * How many workers a run uses by default: DOCS2SDK_WORKERS when set; else one per core besides the
 * run's own thread, which takes part in the work.
 */
export function defaultWorkers(): number {
  const configured = process.env.DOCS2SDK_WORKERS;
  if (configured !== undefined && /^\d+$/.test(configured)) return Number(configured);
  return Math.max(0, availableParallelism() - 1);
}

export class WorkerPool {
  private readonly all: Worker[] = [];
  private readonly lanes: Record<Lane, LaneQueue> = { compiler: new LaneQueue(), general: new LaneQueue() };
  /** Each worker's tasks in the order it runs them (worker-tasks.ts answers them in that order). */
  private readonly inboxes = new Map<Worker, Pending[]>();
  private localRunning = 0;
  private closed = false;
  private nextId = 0;

  /**
   * @param size worker threads (started on demand)
   * @param local performs a task in this thread; absent, only the workers run tasks
   */
  constructor(
    readonly size: number,
    private readonly local?: (task: PoolTask) => Promise<unknown>,
  ) {}

  /** Runs the task in its lane, behind the tasks waiting there, or ahead of them when `first`. */
  run<T>(task: PoolTask, lane: Lane = "general", first = false): Promise<T> {
    if (this.closed) return Promise.reject(new Error("the worker pool was closed"));
    return new Promise<T>((resolve, reject) => {
      const pending = { task, resolve: resolve as (v: unknown) => void, reject };
      this.lanes[lane].add(pending, first);
      this.dispatch();
    });
  }

  /** Ends the workers; tasks still waiting are refused, tasks running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of [...this.lanes.compiler.clear(), ...this.lanes.general.clear()]) pending.reject(new Error("the worker pool was closed"));
    const workers = [...this.all];
    this.all.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    if (this.closed) return;
    const { compiler, general } = this.lanes;
    // Workers: the compiler lane, holding the next task ahead; any other task only when idle.
    for (let i = 0; i < this.size && (compiler.length > 0 || general.length > 0); i++) {
      const worker = this.all[i] ?? this.start();
      const inbox = this.inboxes.get(worker)!;
      while (inbox.length < INBOX && compiler.length > 0) this.post(worker, compiler.take()!);
      if (inbox.length === 0 && general.length > 0) this.post(worker, general.take()!);
    }
    // This thread: its own lane first, then a backlog of the compiler lane from the far end.
    while (this.local && this.localRunning < LOCAL_SLOTS) {
      const pending = general.take() ?? (compiler.length >= STEAL_BACKLOG ? compiler.takeLast() : undefined);
      if (!pending) break;
      this.runLocally(pending);
    }
  }

  private post(worker: Worker, pending: Pending): void {
    this.inboxes.get(worker)!.push(pending);
    worker.postMessage({ id: this.nextId++, task: pending.task });
  }

  private runLocally(pending: Pending): void {
    this.localRunning++;
    // A task started from inside run() must not run before run() returns its promise.
    void Promise.resolve()
      .then(() => this.local!(pending.task))
      .then(pending.resolve, (error: unknown) => pending.reject(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        this.localRunning--;
        this.dispatch();
      });
  }

  private start(): Worker {
    const worker = new Worker(new URL("./worker.mjs", import.meta.url));
    this.inboxes.set(worker, []);
    worker.on("message", (message: { result?: unknown; error?: string }) => {
      const pending = this.inboxes.get(worker)!.shift()!;
      if (message.error !== undefined) pending.reject(new Error(`in a worker: ${message.error}`));
      else pending.resolve(message.result);
      this.dispatch();
    });
    worker.on("error", (error) => this.fail(worker, error));
    worker.on("exit", (code) => {
      if ((this.inboxes.get(worker)?.length ?? 0) > 0) this.fail(worker, new Error(`a worker exited (code ${code}) during its task`));
    });
    this.all.push(worker);
    return worker;
  }

  /** A worker that died takes its tasks down with it; the others go on (a new worker takes its place). */
  private fail(worker: Worker, error: Error): void {
    const inbox = this.inboxes.get(worker) ?? [];
    this.inboxes.delete(worker);
    const i = this.all.indexOf(worker);
    if (i >= 0) this.all.splice(i, 1);
    for (const pending of inbox.splice(0)) pending.reject(error);
    this.dispatch();
  }
}
