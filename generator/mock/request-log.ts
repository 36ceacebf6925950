// The mock's request log: a ring buffer of the latest `capacity` records, so that a mock under load
// for hours keeps a flat memory (the oldest record is overwritten by the newest).

export class RequestLog<T> {
  readonly capacity: number;
  readonly #slots: (T | undefined)[];
  /** Index of the next slot to write. */
  #next = 0;
  #size = 0;

  constructor(capacity: number) {
    if (!Number.isSafeInteger(capacity) || capacity < 1) throw new Error(`the request log size must be a positive integer, not ${capacity}`);
    this.capacity = capacity;
    this.#slots = new Array<T | undefined>(capacity);
  }

  get size(): number {
    return this.#size;
  }

  push(record: T): void {
    this.#slots[this.#next] = record;
    this.#next = (this.#next + 1) % this.capacity;
    if (this.#size < this.capacity) this.#size++;
  }

  /** The records held, oldest first. */
  toArray(): T[] {
    const out: T[] = [];
    const first = (this.#next - this.#size + this.capacity) % this.capacity;
    for (let i = 0; i < this.#size; i++) out.push(this.#slots[(first + i) % this.capacity]!);
    return out;
  }

  clear(): void {
    this.#slots.fill(undefined);
    this.#next = 0;
    this.#size = 0;
  }
}
