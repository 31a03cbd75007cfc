/**
 * Betweenness centrality, exact on graphs small enough and estimated from a sample of source nodes above that:
 * Brandes' algorithm costs one shortest-path search per node (n·m in all, ~100 s for 20k nodes / 80k edges in
 * a worker), while k sampled sources scaled by n/k rank the hubs the same at k/n of the cost (Brandes & Pich 2007).
 */
import type Graph from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { createUnweightedIndexedBrandes } from "graphology-shortest-path/indexed-brandes";
import type { NodeValues } from "./types";

export interface BetweennessOptions {
  /** Exact when nodes × edges stays under this (about 2 s in Chromium's worker on this project's 2-core machine). */
  maxExactWork: number;
  /** The fewest sampled sources of an estimate. */
  minSources: number;
  /** Picks the sampled sources: any function returning [0, 1). */
  rng: () => number;
}

/** How many sources a graph gets: all of them when exact, else as many as the work budget allows. */
export function betweennessSourceCount(order: number, size: number, o: Pick<BetweennessOptions, "maxExactWork" | "minSources">): number {
  if (order * size <= o.maxExactWork) return order;
  return Math.min(order, Math.max(o.minSources, Math.floor(o.maxExactWork / Math.max(1, size))));
}

/** k distinct indices of [0, n), by a partial Fisher–Yates shuffle. */
function sampleIndices(n: number, k: number, rng: () => number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
  }
  return pool.slice(0, k);
}

/** Normalised betweenness of an unweighted graph from the given source indices, scaled up to all n sources. */
export function sampledBetweenness(graph: Graph, sources: readonly number[]): NodeValues {
  const brandes = createUnweightedIndexedBrandes(graph);
  const n = graph.order;
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (const s of sources) {
    const [stack, predecessors, sigma] = brandes(s);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop() as number;
      const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (const v of predecessors[w] ?? []) delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
      if (w !== s) centrality[w] = (centrality[w] as number) + (delta[w] as number);
    }
  }
  // The same normalisation as graphology-metrics, so exact and estimated values read alike.
  const scale = n <= 2 ? 1 : n / Math.max(1, sources.length) / ((n - 1) * (n - 2));
  // Brandes' index numbers nodes in graph.nodes() order (graphology-indices' NeighborhoodIndex).
  const out: NodeValues = {};
  graph.nodes().forEach((node, i) => (out[node] = (centrality[i] as number) * scale));
  return out;
}

/** Betweenness of every node and how many sources it rests on (n: exact). */
export function betweenness(graph: Graph, o: BetweennessOptions): { values: NodeValues; sources: number } {
  const k = betweennessSourceCount(graph.order, graph.size, o);
  if (k >= graph.order) return { values: betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }), sources: graph.order };
  return { values: sampledBetweenness(graph, sampleIndices(graph.order, k, o.rng)), sources: k };
}
