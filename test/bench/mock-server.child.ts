// Child process for mock.bench.ts: the mock server over the repository's spec/ (signatures checked),
// in a process of its own so that its memory is measured apart from the load generator's.
// Protocol (IPC): sends { url } once listening; answers "memory" with process.memoryUsage() and the
// heap used after a full GC;
// closes and exits on "stop".
import { join } from "node:path";
import { Catalog } from "../../generator/mock/catalog.ts";
import { MockServer } from "../../generator/mock/server.ts";

const [secretId, secretKey, logSize] = process.argv.slice(2);
const server = await new MockServer({
  catalog: Catalog.fromSpecDir(join(import.meta.dirname, "../../spec")),
  credentials: { secretId: secretId!, secretKey: secretKey! },
  requestLogSize: Number(logSize),
}).listen(0, "127.0.0.1");
process.on("message", async (message) => {
  if (message === "memory") {
    // As the process holds it, then after a full collection (--expose-gc): what is live.
    const memory = process.memoryUsage();
    (globalThis as { gc?: () => void }).gc?.();
    process.send!({ memory, live: process.memoryUsage().heapUsed, logged: server.requests.length });
  }
  if (message === "stop") {
    await server.close();
    process.disconnect();
  }
});
process.send!({ url: server.url });
