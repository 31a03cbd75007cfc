/** What the metrics worker computes for each node, and the size and colour choices of the canvas. */

/** The per-node scores the page can size and colour by. */
export const NODE_METRICS = ["degree", "pagerank", "betweenness"] as const;
export type NodeMetric = (typeof NODE_METRICS)[number];

/** Size by: "none" keeps the size from the data (weighted degree, import-graph.ts). */
export const SIZE_CHOICES = ["none", ...NODE_METRICS] as const;
export type SizeBy = (typeof SIZE_CHOICES)[number];

/** Colour by: "label" keeps each entity label's colour (styles.ts). */
export const COLOR_CHOICES = ["label", "community", ...NODE_METRICS] as const;
export type ColorBy = (typeof COLOR_CHOICES)[number];

export function isSizeBy(value: unknown): value is SizeBy {
  return typeof value === "string" && (SIZE_CHOICES as readonly string[]).includes(value);
}

export function isColorBy(value: unknown): value is ColorBy {
  return typeof value === "string" && (COLOR_CHOICES as readonly string[]).includes(value);
}

/** A value per node id (graphology's mapping shape). */
export type NodeValues = Record<string, number>;

/** The worker's answer: each metric and the Louvain community of every node of the graph it was given. */
export interface NodeMetrics {
  degree: NodeValues;
  pagerank: NodeValues;
  betweenness: NodeValues;
  /** Louvain community ids, 0-based. */
  community: NodeValues;
  communityCount: number;
  /** Sources of the betweenness estimate; equal to the node count when it is exact. */
  betweennessSources: number;
  nodeCount: number;
  /** Wall time of the computation in the worker, ms. */
  ms: number;
}
