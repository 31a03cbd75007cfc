/** What the worker gets: the main graph in graphology's serialised form, cut to what the metrics read. */
import type { SerializedGraph } from "graphology-types";
import type { CanvasGraph } from "../graph-instance";
import type { MetricsEdgeAttributes } from "./compute-metrics";

/**
 * graph.export() without the display and evidence attributes: a 20k-node graph's properties and names would
 * be copied to the worker for nothing (structured clone is paid on the main thread).
 */
export function toMetricsInput(graph: CanvasGraph): SerializedGraph<Record<string, unknown>, MetricsEdgeAttributes> {
  const full = graph.export();
  return {
    options: full.options,
    attributes: {},
    nodes: full.nodes.map((n) => ({ key: n.key })),
    edges: full.edges.map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: { weight: e.attributes?.weight ?? 1 } })),
  };
}
