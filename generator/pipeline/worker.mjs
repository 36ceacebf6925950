// Entry of a worker thread of the build step (worker-pool.ts). The generator is TypeScript run
// through tsx, and a worker thread has a module loader of its own, so it registers tsx itself.
import { register } from "tsx/esm/api";

register();
await import("./worker-tasks.ts");
