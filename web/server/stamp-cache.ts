/**
 * Answers kept while the database's data stamp holds (Neo4jClient.readStamped: no transaction committed since),
 * so that fifty clients opening the same overview or drill-down cost one computation, and the first request
 * after an ingest computes afresh. A new stamp drops every entry; entries beyond the bounds go oldest-used first.
 */

export interface StampCacheOptions {
  /** Entries kept at most. */
  maxEntries: number;
  /** Bytes of kept values at most (as `sizeOf` counts them). */
  maxBytes: number;
}

interface Entry<V> {
  value: Promise<V>;
  bytes: number;
}

export class StampCache<V> {
  private stamp: string | undefined;
  private readonly entries = new Map<string, Entry<V>>();
  private bytes = 0;

  constructor(
    private readonly options: StampCacheOptions,
    private readonly sizeOf: (value: V) => number,
  ) {}

  /**
   * The value of `key` at `stamp`, computed once: concurrent callers share one computation, a failed one is not
   * kept. Without a stamp (the server gave no bookmark) nothing is kept and every call computes.
   */
  async get(stamp: string | undefined, key: string, compute: () => Promise<V>): Promise<V> {
    if (stamp === undefined) return compute();
    if (stamp !== this.stamp) this.reset(stamp);
    const known = this.entries.get(key);
    if (known !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, known);
      return known.value;
    }
    const entry: Entry<V> = { value: compute(), bytes: 0 };
    this.entries.set(key, entry);
    try {
      const value = await entry.value;
      // A computation that outlived its stamp is not counted: reset() dropped its entry.
      if (this.entries.get(key) === entry) {
        entry.bytes = this.sizeOf(value);
        this.bytes += entry.bytes;
        this.evict();
      }
      return value;
    } catch (error) {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw error;
    }
  }

  private reset(stamp: string): void {
    this.stamp = stamp;
    this.entries.clear();
    this.bytes = 0;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) return;
      this.entries.delete(key);
      this.bytes -= entry.bytes;
    }
  }
}
