// The mock's request log: the latest records, bounded both in number (`capacity`) and in bytes
// (`maxBytes`, each record counted as its JSON text), so that a mock under load for hours, or fed
// large requests, keeps a flat memory. The oldest records go first; the newest is always kept.

/** Default byte bound: 8 MB of records as JSON. */
export const DEFAULT_REQUEST_LOG_BYTES = 8 * 1024 * 1024;

export class RequestLog<T> {
  readonly capacity: number;
  readonly maxBytes: number;
  #records: { record: T; bytes: number }[] = [];
  /** Index of the oldest record held in #records (the ones before it are dropped). */
  #first = 0;
  #bytes = 0;

  constructor(capacity: number, maxBytes = DEFAULT_REQUEST_LOG_BYTES) {
    if (!Number.isSafeInteger(capacity) || capacity < 1) throw new Error(`the request log size must be a positive integer, not ${capacity}`);
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) throw new Error(`the request log byte limit must be a positive integer, not ${maxBytes}`);
    this.capacity = capacity;
    this.maxBytes = maxBytes;
  }

  get size(): number {
    return this.#records.length - this.#first;
  }

  /** Bytes held, as the records' JSON text. */
  get bytes(): number {
    return this.#bytes;
  }

  push(record: T): void {
    const bytes = Buffer.byteLength(JSON.stringify(record) ?? "");
    this.#records.push({ record, bytes });
    this.#bytes += bytes;
    while (this.size > 1 && (this.size > this.capacity || this.#bytes > this.maxBytes)) {
      this.#bytes -= this.#records[this.#first]!.bytes;
      this.#records[this.#first] = undefined as never;
      this.#first++;
    }
    // Compact once the dropped slots are the larger part, so that the array stays proportional to what is held.
    if (this.#first > 64 && this.#first * 2 > this.#records.length) {
      this.#records = this.#records.slice(this.#first);
      this.#first = 0;
    }
  }

  /** The records held, oldest first. */
  toArray(): T[] {
    return this.#records.slice(this.#first).map((r) => r.record);
  }

  clear(): void {
    this.#records = [];
    this.#first = 0;
    this.#bytes = 0;
  }
}
