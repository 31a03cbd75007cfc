/** Pure transitions of the metrics slice. */
import type { NodeMetrics } from "../../graph/metrics/types";
import type { MetricsState } from "./types";

/** Whether metrics for this graph version are there or on their way. */
export function hasOrAwaits(s: MetricsState, version: number): boolean {
  return s.computing === version || (s.computing === null && s.metrics !== null && s.version === version);
}

export function computing(s: MetricsState, version: number): MetricsState {
  return { ...s, status: "loading", error: null, computing: version };
}

/** Keeps an answer only for the version last asked for (a newer graph may have come in meanwhile). */
export function computed(s: MetricsState, version: number, metrics: NodeMetrics): MetricsState {
  if (s.computing !== version) return s;
  return { status: "idle", error: null, version, computing: null, metrics };
}

export function computeFailed(s: MetricsState, version: number, error: string): MetricsState {
  if (s.computing !== version) return s;
  return { ...s, status: "error", error, computing: null };
}
