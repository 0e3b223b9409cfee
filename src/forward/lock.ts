/**
 * In-process locks on string keys, several at once, granted in the order asked (no dead-lock:
 * a holder only ever waits for earlier holders). The executor holds the message key and the
 * natural keys of a plan, so two messages converted concurrently (`convert --concurrency N`)
 * do not register the same record twice. Not a lock across processes (one writer per id-map file).
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  async acquire(keys: Iterable<string>): Promise<() => void> {
    const unique = [...new Set(keys)];
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const before = unique.map((k) => this.tails.get(k)).filter((p): p is Promise<void> => p !== undefined);
    for (const k of unique) this.tails.set(k, mine);
    await Promise.all(before);
    return () => {
      for (const k of unique) if (this.tails.get(k) === mine) this.tails.delete(k);
      release();
    };
  }

  /** Keys currently held or waited for (for tests). */
  get size(): number {
    return this.tails.size;
  }
}
