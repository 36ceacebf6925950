// Collects everything a test run produced that a user could see (error messages, thrown objects,
// logger lines) so that one test can grep all of it for the test secrets.
import { inspect } from "node:util";

export class SecretSink {
  readonly texts: string[] = [];

  /** A thrown object: its message, String(), JSON (enumerable fields) and full inspect (hidden fields, cause). */
  error(error: unknown): unknown {
    this.texts.push(String(error), JSON.stringify(error) ?? "", inspect(error, { depth: 10, showHidden: true }));
    if (error instanceof Error) this.texts.push(error.message, error.stack ?? "");
    return error;
  }

  line(text: string): void {
    this.texts.push(text);
  }

  /** The secrets that appear anywhere in what was collected (expected: none). */
  leaks(secrets: readonly string[]): { secret: string; text: string }[] {
    const found: { secret: string; text: string }[] = [];
    for (const text of this.texts) for (const secret of secrets) if (text.includes(secret)) found.push({ secret, text: text.slice(0, 200) });
    return found;
  }
}

/** Awaits a promise that must reject, records what it threw, and returns it. */
export async function rejectionInto(sink: SecretSink, promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (e) {
    return sink.error(e);
  }
  throw new Error("expected a rejection");
}
