/** Latency figures of a bench run: nearest-rank percentiles and the one-line summary `bench:api` prints. */

/** The p-th percentile (0–100) of sorted values by nearest rank; NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  requests: number;
}

/** Summarises request latencies (ms) over `seconds` of driving. */
export function summarise(latenciesMs: readonly number[], errors: number, seconds: number): LatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), rps: latenciesMs.length / seconds, errors, requests: latenciesMs.length };
}

/** `bench:api <endpoint> p50=12.3ms p95=45.6ms p99=78.9ms rps=1234 errors=0`: the exact form the issue asks for. */
export function summaryLine(endpoint: string, s: LatencySummary): string {
  const ms = (v: number) => `${v.toFixed(1)}ms`;
  return `bench:api ${endpoint} p50=${ms(s.p50)} p95=${ms(s.p95)} p99=${ms(s.p99)} rps=${Math.round(s.rps)} errors=${s.errors}`;
}
