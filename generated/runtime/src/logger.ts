// The built-in debug logger: a set of hooks that writes one line per attempt, response and error,
// with credentials, signatures and tokens redacted twice: by name (redactRequest/redactResponse) and
// by value (the call's own secrets, wherever a server echoed them). It is a plain function the caller imports
// (`hooks: debugLogger()`), so a bundle that does not use it does not carry it; on Node,
// DOCS2SDK_DEBUG=1 turns it on for every client without a code change.
import type { HookContext, Hooks } from "./types.js";
import { redactRequest, redactResponse } from "./redact.js";

/** Anything with a debug or log method: console, pino, winston, a test collector. */
export interface Logger {
  debug?(message: string): void;
  log?(message: string): void;
}

export interface DebugLoggerOptions {
  /** Where lines go; default console (its debug method). */
  logger?: Logger;
  /** Also log the redacted headers and bodies of requests and responses; default false (bodies can hold personal data). */
  bodies?: boolean;
  /** Line prefix; default "[docs2sdk]". */
  prefix?: string;
}

export function debugLogger(options: DebugLoggerOptions | Logger = {}): Hooks {
  const opts: DebugLoggerOptions = "logger" in options || "bodies" in options || "prefix" in options ? (options as DebugLoggerOptions) : { logger: options as Logger };
  const logger = opts.logger ?? (globalThis as { console?: Logger }).console;
  const prefix = opts.prefix ?? "[docs2sdk]";
  const emit = (line: string) => (logger?.debug ? logger.debug(line) : logger?.log?.(line));
  const head = (c: HookContext) => `${prefix} ${c.service.service}.${c.action} attempt ${c.attempt + 1}/${c.maxRetries + 1}`;
  const tail = (c: HookContext) => `in ${c.elapsed ?? 0} ms${c.requestId !== undefined ? `, RequestId ${c.requestId}` : ""}`;
  return {
    beforeRequest(c) {
      const write = (line: string) => emit(c.redact(line));
      const request = redactRequest(c.request);
      write(`${head(c)} -> ${request.method} ${request.url}`);
      if (opts.bodies) write(`${prefix}   request headers ${JSON.stringify(request.headers)}${request.body !== undefined ? ` body ${request.body}` : ""}`);
    },
    afterResponse(c) {
      const write = (line: string) => emit(c.redact(line));
      write(`${head(c)} <- HTTP ${c.status} ${tail(c)}`);
      if (opts.bodies && c.response) {
        const response = redactResponse(c.response);
        write(`${prefix}   response headers ${JSON.stringify(response.headers)} body ${response.body}`);
      }
    },
    onError(c) {
      const write = (line: string) => emit(c.redact(line));
      const e = c.error as { code?: unknown; message?: unknown } | undefined;
      write(`${head(c)} failed: ${String(e?.code ?? "Error")}: ${String(e?.message ?? e)} ${tail(c)} (${c.willRetry ? "will retry" : "giving up"})`);
    },
  };
}

/**
 * The logger DOCS2SDK_DEBUG turns on (its value, when not 0/false/no/off): every attempt to stderr,
 * redacted; a value containing "bodies" adds headers and bodies.
 */
export function debugLoggerFromEnv(flag: string): Hooks {
  return debugLogger({ logger: { debug: (line) => console.error(line) }, bodies: /bodies/i.test(flag) });
}
