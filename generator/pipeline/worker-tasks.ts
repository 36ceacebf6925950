// A worker thread of the build step: performs the tasks worker-pool.ts sends, one at a time in the
// order they arrive (the pool hands a worker its next task before the current one ends, so that it
// never waits for the run's thread), and answers each with its result or its error.
import { parentPort } from "node:worker_threads";
import { performTask, type PoolTask } from "./pool-tasks.ts";

let previous: Promise<unknown> = Promise.resolve();

parentPort!.on("message", (message: { id: number; task: PoolTask }) => {
  previous = previous.then(() =>
    performTask(message.task).then(
      (result) => parentPort!.postMessage({ id: message.id, result }),
      (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    ),
  );
});
