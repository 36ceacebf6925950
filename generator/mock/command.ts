// `docs2sdk mock`: the mock server for every packaged spec, until Ctrl-C.
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { envNames } from "../../templates/runtime/src/index.node.ts";
import { Catalog } from "./catalog.ts";
import { hintedActions, parsePagingTotal, type PagingTotal } from "./paging.ts";
import { DEFAULT_REQUEST_LOG_BYTES } from "./request-log.ts";
import { DEFAULT_REQUEST_LOG_SIZE, MockServer, type MockCredentials } from "./server.ts";

export interface MockCommandOptions {
  port: string;
  /** --host: the address to bind (default 127.0.0.1, loopback only). */
  host?: string;
  /** --request-log N: how many requests /__mock/requests keeps (default 1000). */
  requestLog?: string;
  /** --request-log-bytes N: how many bytes of records (as JSON) the log keeps at most (default 8 MB). */
  requestLogBytes?: string;
  /** --cors-origin (repeatable): origins a browser page may call the API from; none by default. */
  corsOrigin?: string[];
  /** --credentials-from-env: accept the key pairs in the clients' environment variables (off by default). */
  credentialsFromEnv?: boolean;
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

/**
 * The key pairs given explicitly: --secret-id/--secret-key, or with --credentials-from-env those in
 * the environment variables the clients read. Never the environment by default: a developer's real
 * keys would otherwise sign requests to a local server and end up in its request log.
 */
export function mockCredentials(options: Pick<MockCommandOptions, "secretId" | "secretKey" | "env" | "credentialsFromEnv">): MockCredentials[] {
  if (options.secretId || options.secretKey) {
    if (!options.secretId || !options.secretKey) throw new Error("--secret-id and --secret-key go together");
    return [{ secretId: options.secretId, secretKey: options.secretKey }];
  }
  if (!options.credentialsFromEnv) return [];
  const env = options.env ?? process.env;
  const out: MockCredentials[] = [];
  for (const provider of ["tencentcloud", "aliyun"]) {
    const names = envNames(provider);
    const secretId = env[names.secretId];
    const secretKey = env[names.secretKey];
    if (secretId && secretKey) out.push({ secretId, secretKey });
  }
  if (out.length === 0) {
    const t = envNames("tencentcloud");
    const a = envNames("aliyun");
    throw new Error(`--credentials-from-env: neither ${t.secretId}/${t.secretKey} nor ${a.secretId}/${a.secretKey} is set`);
  }
  return out;
}

/** A throwaway key pair for a mock started without one, printed so that tests can sign with it. */
export function dummyCredentials(): MockCredentials {
  return { secretId: `AKIDmock${randomBytes(8).toString("hex")}`, secretKey: randomBytes(16).toString("hex") };
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
  const requestLogBytes = options.requestLogBytes === undefined ? DEFAULT_REQUEST_LOG_BYTES : Number(options.requestLogBytes);
  if (!Number.isSafeInteger(requestLogBytes) || requestLogBytes < 1) throw new Error(`--request-log-bytes must be a positive number of bytes, not ${options.requestLogBytes}`);
  const corsOrigins = options.corsOrigin ?? [];
  const given = mockCredentials(options);
  const generated = options.verify && given.length === 0 ? dummyCredentials() : undefined;
  const credentials = generated ? [generated] : given;
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
  const server = await new MockServer({ catalog, credentials, verify: options.verify, requestLogSize, requestLogBytes, corsOrigins, ...(paging !== undefined && { paging }) }).listen(
    port,
    host,
  );
  const counts = fixtureCounts(catalog);
  out(`docs2sdk mock: listening on ${server.url}`);
  out(`  ${catalog.services.length} specs, ${catalog.actionCount} actions (${counts.documented} documented, ${counts.synthesized} synthesized fixtures)`);
  for (const s of catalog.services) out(`  ${s.id} (${s.service.protocol}, ${s.actions.size} actions, package ${s.dir})`);
  if (!options.verify) out("  signatures NOT checked (--no-verify)");
  else if (generated) out(`  signatures checked for generated dummy credentials: SecretId ${generated.secretId} SecretKey ${generated.secretKey} (pass --secret-id/--secret-key to choose)`);
  else out(`  signatures checked for SecretId ${credentials.map((c) => c.secretId).join(", ")}`);
  if (paging !== undefined) out(`  paging: ${paging === "endless" ? "endless pages" : `${paging} items`} for each of ${hinted} hinted action${hinted === 1 ? "" : "s"}`);
  out(`  request log: the latest ${requestLogSize} requests (at most ${requestLogBytes} bytes), with their parameters once authenticated, secrets redacted`);
  out(corsOrigins.length === 0 ? "  CORS: none (--cors-origin ORIGIN to let a browser page call the API)" : `  CORS: API calls from ${corsOrigins.join(", ")} (never the control endpoints)`);
  out(`  control: GET ${server.url}/__mock/health, GET|POST|DELETE ${server.url}/__mock/faults, GET|POST|DELETE ${server.url}/__mock/paging, GET|DELETE ${server.url}/__mock/requests`);
  await (options.until ??
    new Promise<void>((done) => {
      process.once("SIGINT", () => done());
      process.once("SIGTERM", () => done());
    }));
  await server.close();
  return 0;
}
