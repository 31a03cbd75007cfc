/** Messages between the page and the metrics worker. */
import type { SerializedGraph } from "graphology-types";
import type { MetricsEdgeAttributes } from "./compute-metrics";
import type { NodeMetrics } from "./types";

export interface MetricsRequest {
  id: number;
  graph: SerializedGraph<Record<string, unknown>, MetricsEdgeAttributes>;
}

export type MetricsReply = { id: number; metrics: NodeMetrics } | { id: number; error: string };
