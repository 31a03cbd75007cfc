/** Deterministic randomness for the benchmarks: the same seed draws the same graph and the same requests. */

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [0, n). */
export function randomIndex(rand: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(rand() * n));
}

/** One element of a non-empty list. */
export function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[randomIndex(rand, items.length)];
  if (item === undefined) throw new Error("pick: empty list");
  return item;
}

/**
 * Ranks 0..n-1 drawn with probability ∝ 1/(rank+1)^s (Zipf): s = 0 is uniform, s ≈ 1 makes a few hubs
 * take most draws. The cumulative weights are computed once; each draw is a binary search.
 */
export function zipf(n: number, s: number): (rand: () => number) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / Math.pow(k + 1, s);
    cumulative[k] = total;
  }
  return (rand) => {
    const target = rand() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? total) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
