/**
 * The metrics of one graph, as a pure function of its serialised form (what the worker receives): degree and
 * PageRank on the directed graph as loaded, betweenness and Louvain communities on its undirected projection.
 */
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import louvain from "graphology-communities-louvain";
import { degreeCentrality } from "graphology-metrics/centrality/degree";
import pagerank from "graphology-metrics/centrality/pagerank";
import { betweenness, type BetweennessOptions } from "./betweenness";
import type { NodeMetrics } from "./types";

export interface MetricsOptions extends Omit<BetweennessOptions, "rng"> {
  /** Seeds the Louvain moves and the betweenness sample: the same graph always gets the same picture. */
  seed: number;
  /** Louvain's resolution: above 1, more and smaller communities. */
  resolution: number;
}

export const DEFAULT_METRICS_OPTIONS: MetricsOptions = { seed: 7, resolution: 1, maxExactWork: 3e7, minSources: 64 };

/** The edge attribute the metrics read: the FA2 weight (documents' MENTIONS count little, styles.ts). */
export interface MetricsEdgeAttributes {
  weight: number;
}

/** mulberry32: a small seeded PRNG, so that unit tests and reloads see the same communities. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One undirected edge per linked pair, weights summed: who works with whom does not depend on the arrow, and
 * parallel facts (one OWNS a year) strengthen a tie rather than add paths. Self-loops are dropped.
 */
export function undirectedProjection(graph: Graph<Record<string, unknown>, MetricsEdgeAttributes>): Graph<Record<string, unknown>, MetricsEdgeAttributes> {
  const out = new Graph<Record<string, unknown>, MetricsEdgeAttributes>({ type: "undirected", multi: false });
  graph.forEachNode((node) => out.addNode(node));
  graph.forEachEdge((_e, a, source, target) => {
    if (source === target) return;
    out.updateEdge(source, target, (attr) => ({ weight: (attr.weight ?? 0) + (a.weight > 0 ? a.weight : 1) }));
  });
  return out;
}

/** Computes every metric for the serialised graph (nodes need only keys, edges only `weight`). */
export function computeMetrics(data: SerializedGraph<Record<string, unknown>, MetricsEdgeAttributes>, options: Partial<MetricsOptions> = {}): NodeMetrics {
  const o = { ...DEFAULT_METRICS_OPTIONS, ...options };
  const started = performance.now();
  const directed = new Graph<Record<string, unknown>, MetricsEdgeAttributes>({ type: "directed", multi: true, allowSelfLoops: true });
  directed.import(data);
  const undirected = undirectedProjection(directed);
  const empty = directed.order === 0;
  const rng = seededRandom(o.seed);
  const between = empty ? { values: {}, sources: 0 } : betweenness(undirected, { ...o, rng });
  const communities = empty ? { communities: {}, count: 0 } : louvain.detailed(undirected, { getEdgeWeight: "weight", resolution: o.resolution, rng });
  return {
    // Degree centrality divides by n − 1: a lone node has none to link to.
    degree: directed.order > 1 ? degreeCentrality(directed) : Object.fromEntries(directed.nodes().map((n) => [n, 0])),
    pagerank: empty ? {} : pagerank(directed, { getEdgeWeight: "weight" }),
    betweenness: between.values,
    community: communities.communities,
    communityCount: communities.count,
    betweennessSources: between.sources,
    nodeCount: directed.order,
    ms: Math.round(performance.now() - started),
  };
}
