// `docs2sdk mock`: the mock server for every packaged spec, until Ctrl-C.
import { resolve } from "node:path";
import { envNames } from "../../templates/runtime/src/index.node.ts";
import { Catalog } from "./catalog.ts";
import { hintedActions, parsePagingTotal, type PagingTotal } from "./paging.ts";
import { DEFAULT_REQUEST_LOG_SIZE, MockServer, type MockCredentials } from "./server.ts";

export interface MockCommandOptions {
  port: string;
  /** --host: the address to bind (default 127.0.0.1, loopback only). */
  host?: string;
  /** --request-log N: how many requests /__mock/requests keeps (default 1000). */
  requestLog?: string;
  spec: string;
  secretId?: string;
  secretKey?: string;
  /** commander's --no-verify sets verify: false. */
  verify: boolean;
  /** --paging N|endless: serve pages of N items (or endlessly) for every hinted action. */
  paging?: string;
  env?: Record<string, string | undefined>;
  out?: (line: string) => void;
  /** Resolves when the server should stop (default: SIGINT or SIGTERM). */
  until?: Promise<void>;
}

/** The key pairs to accept: the options', else those in the environment variables the clients read. */
export function mockCredentials(options: Pick<MockCommandOptions, "secretId" | "secretKey" | "env">): MockCredentials[] {
  if (options.secretId || options.secretKey) {
    if (!options.secretId || !options.secretKey) throw new Error("--secret-id and --secret-key go together");
    return [{ secretId: options.secretId, secretKey: options.secretKey }];
  }
  const env = options.env ?? process.env;
  const out: MockCredentials[] = [];
  for (const provider of ["tencentcloud", "aliyun"]) {
    const names = envNames(provider);
    const secretId = env[names.secretId];
    const secretKey = env[names.secretKey];
    if (secretId && secretKey) out.push({ secretId, secretKey });
  }
  return out;
}

export function fixtureCounts(catalog: Catalog): { documented: number; synthesized: number } {
  let documented = 0;
  let synthesized = 0;
  for (const service of catalog.services) {
    for (const { fixture } of service.actions.values()) {
      if (fixture.cases.every((c) => c.synthesized)) synthesized++;
      else documented++;
    }
  }
  return { documented, synthesized };
}

/** Runs the server; resolves with the exit code once stopped. Throws Error for bad usage. */
export async function runMockCommand(options: MockCommandOptions): Promise<number> {
  const out = options.out ?? ((line: string) => process.stdout.write(line + "\n"));
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not ${options.port}`);
  const host = options.host ?? "127.0.0.1";
  if (host.trim() === "") throw new Error("--host must be an address to bind (127.0.0.1, 0.0.0.0, ::1, localhost)");
  const requestLogSize = options.requestLog === undefined ? DEFAULT_REQUEST_LOG_SIZE : Number(options.requestLog);
  if (!Number.isSafeInteger(requestLogSize) || requestLogSize < 1) throw new Error(`--request-log must be a positive number of requests, not ${options.requestLog}`);
  const credentials = mockCredentials(options);
  if (options.verify && credentials.length === 0) {
    const t = envNames("tencentcloud");
    const a = envNames("aliyun");
    throw new Error(
      `no credentials to check signatures with: pass --secret-id and --secret-key, set ${t.secretId}/${t.secretKey} or ${a.secretId}/${a.secretKey}, or use --no-verify`,
    );
  }
  let paging: PagingTotal | undefined;
  if (options.paging !== undefined) {
    try {
      paging = parsePagingTotal(options.paging);
    } catch {
      throw new Error(`--paging takes a number of items or "endless", not ${options.paging}`);
    }
  }
  const catalog = Catalog.fromSpecDir(resolve(options.spec));
  if (catalog.services.length === 0) throw new Error(`no spec files under ${options.spec}`);
  const hinted = hintedActions(catalog.services, {}).length;
  if (paging !== undefined && hinted === 0) throw new Error(`--paging: no action under ${options.spec} has a pagination hint`);
  const server = await new MockServer({ catalog, credentials, verify: options.verify, requestLogSize, ...(paging !== undefined && { paging }) }).listen(port, host);
  const counts = fixtureCounts(catalog);
  out(`docs2sdk mock: listening on ${server.url}`);
  out(`  ${catalog.services.length} specs, ${catalog.actionCount} actions (${counts.documented} documented, ${counts.synthesized} synthesized fixtures)`);
  for (const s of catalog.services) out(`  ${s.id} (${s.service.protocol}, ${s.actions.size} actions, package ${s.dir})`);
  out(options.verify ? `  signatures checked for SecretId ${credentials.map((c) => c.secretId).join(", ")}` : "  signatures NOT checked (--no-verify)");
  if (paging !== undefined) out(`  paging: ${paging === "endless" ? "endless pages" : `${paging} items`} for each of ${hinted} hinted action${hinted === 1 ? "" : "s"}`);
  out(`  request log: the latest ${requestLogSize} requests, with their parameters`);
  out(`  CORS: any origin (preflights answered)`);
  out(`  control: GET ${server.url}/__mock/health, GET|POST|DELETE ${server.url}/__mock/faults, GET|POST|DELETE ${server.url}/__mock/paging, GET|DELETE ${server.url}/__mock/requests`);
  await (options.until ??
    new Promise<void>((done) => {
      process.once("SIGINT", () => done());
      process.once("SIGTERM", () => done());
    }));
  await server.close();
  return 0;
}
