/** Small timing helpers for the benchmark: best of a few rounds, throughput per second. */
export interface Rate {
  label: string;
  perSecond: number;
  n: number;
  ms: number;
  note?: string;
  /** CPU µs per message: of the main thread, the register thread (when it has one), the other threads. */
  cpuUs?: { main: number; register?: number; other: number };
}

/** Best of `rounds` runs of `fn`, which does `n` messages' work. */
export async function rate(label: string, n: number, fn: () => unknown, rounds = 3): Promise<Rate> {
  return (await ratesSideBySide([[label, fn]], n, rounds))[0]!;
}

/**
 * rate() for several ways of doing the same work, measured in alternating rounds (a, b, a, b, …),
 * best round of each: load that comes and goes tilts neither side of a comparison.
 */
export async function ratesSideBySide(ways: [label: string, fn: () => unknown][], n: number, rounds = 5): Promise<Rate[]> {
  const best = ways.map(() => Infinity);
  for (let r = 0; r < rounds; r++)
    for (let w = 0; w < ways.length; w++) {
      const t = performance.now();
      await ways[w]![1]();
      best[w] = Math.min(best[w]!, performance.now() - t);
    }
  return ways.map(([label], w) => ({ label, n, ms: best[w]!, perSecond: (n / best[w]!) * 1000 }));
}

export function fmt(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(n >= 10 ? 1 : 2);
}

export function table(rows: Rate[]): string {
  const w = Math.max(...rows.map((r) => r.label.length));
  return rows.map((r) => `${r.label.padEnd(w)}  ${fmt(r.perSecond).padStart(9)} msg/s  (${r.n} in ${r.ms.toFixed(0)} ms)${r.note ? `  ${r.note}` : ''}`).join('\n');
}
