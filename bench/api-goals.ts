/** The goals of issue 13 for `bench:api`, and the line that says which a run met. */
import type { Endpoint } from "./api-requests";
import type { LatencySummary } from "./percentiles";

/** p95 bounds (ms) per endpoint; the console has none (a user's query costs what it costs), only no errors. */
export const P95_GOALS_MS: Partial<Record<Endpoint, number>> = { "drill-down": 50, search: 50, node: 50, neighbours: 50, overview: 500 };

/** `bench:api goals: met … ; missed …` over the endpoints that ran. */
export function goalsLine(results: ReadonlyMap<Endpoint, LatencySummary>): string {
  const met: string[] = [];
  const missed: string[] = [];
  for (const [endpoint, s] of results) {
    const bound = P95_GOALS_MS[endpoint];
    if (bound !== undefined) (s.p95 < bound ? met : missed).push(`${endpoint} p95 ${s.p95.toFixed(1)}ms ${s.p95 < bound ? "<" : "≥"} ${bound}ms`);
  }
  const errors = [...results.values()].reduce((sum, s) => sum + s.errors, 0);
  (errors === 0 ? met : missed).push(`errors ${errors} ${errors === 0 ? "=" : "≠"} 0`);
  return `bench:api goals: ${missed.length === 0 ? "all met" : `missed ${missed.join(", ")}`}${met.length > 0 ? `; met ${met.join(", ")}` : ""}`;
}
