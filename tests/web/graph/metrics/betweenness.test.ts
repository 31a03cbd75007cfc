import Graph from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { describe, expect, it } from "vitest";
import { betweennessSourceCount, sampledBetweenness } from "../../../../web/src/graph/metrics/betweenness";
import { undirectedProjection } from "../../../../web/src/graph/metrics/compute-metrics";
import { twoCliques } from "./fixtures";

function projected(): Graph {
  const g = new Graph<Record<string, unknown>, { weight: number }>({ type: "directed", multi: true });
  g.import(twoCliques());
  return undirectedProjection(g);
}

describe("sampledBetweenness", () => {
  it("equals graphology-metrics' exact values when every node is a source", () => {
    const g = projected();
    const exact = betweennessCentrality(g, { getEdgeWeight: null, normalized: true });
    const sampled = sampledBetweenness(g, g.nodes().map((_n, i) => i));
    for (const node of g.nodes()) expect(sampled[node]).toBeCloseTo(exact[node] ?? NaN);
  });

  it("scales a partial sample up to the whole graph", () => {
    const g = projected();
    // Sources on both sides of the bridge see it: the estimate keeps the bridge's ends on top.
    const sampled = sampledBetweenness(g, [1, 2, 6, 7]);
    expect(sampled.a0).toBeGreaterThan(0);
    expect(sampled.a0).toBeGreaterThan(sampled.a3 ?? Infinity);
  });
});

describe("betweennessSourceCount", () => {
  it("takes every node under the work budget and fewer, never under the minimum, above it", () => {
    const o = { maxExactWork: 1000, minSources: 5 };
    expect(betweennessSourceCount(10, 50, o)).toBe(10);
    expect(betweennessSourceCount(100, 50, o)).toBe(20);
    expect(betweennessSourceCount(100, 900, o)).toBe(5);
    expect(betweennessSourceCount(3, 900, o)).toBe(3);
  });
});
