/** The metrics slice: the node metrics of the main graph, computed in a worker for one graph version. */
import type { NodeMetrics } from "../../graph/metrics/types";
import type { AsyncStatus } from "../store";

export interface MetricsState {
  /** "loading" while the worker computes. */
  status: AsyncStatus;
  error: string | null;
  /** The graph version (graph-data slice) `metrics` were computed for; 0: none yet. */
  version: number;
  /** The version being computed, so that an answer for an older graph is dropped. */
  computing: number | null;
  metrics: NodeMetrics | null;
}

export const INITIAL_METRICS: MetricsState = { status: "idle", error: null, version: 0, computing: null, metrics: null };
