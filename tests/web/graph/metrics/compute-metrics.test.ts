import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { computeMetrics, undirectedProjection } from "../../../../web/src/graph/metrics/compute-metrics";
import { serialised, twoCliques } from "./fixtures";

const argmax = (values: Record<string, number>) => Object.entries(values).sort((a, b) => b[1] - a[1])[0]?.[0];

describe("computeMetrics", () => {
  it("finds the two cliques as two communities", () => {
    const m = computeMetrics(twoCliques());
    expect(m.communityCount).toBe(2);
    const a = new Set(["a0", "a1", "a2", "a3", "a4"].map((n) => m.community[n]));
    const b = new Set(["b0", "b1", "b2", "b3", "b4"].map((n) => m.community[n]));
    expect(a.size).toBe(1);
    expect(b.size).toBe(1);
    expect([...a][0]).not.toBe([...b][0]);
  });

  it("gives the bridge's ends the highest betweenness and degree, exactly on a small graph", () => {
    const m = computeMetrics(twoCliques());
    expect(m.betweennessSources).toBe(10);
    expect(m.betweenness.a0).toBeCloseTo(m.betweenness.b0 ?? -1);
    expect(m.betweenness.a0).toBeGreaterThan(m.betweenness.a1 ?? Infinity);
    expect(m.betweenness.a1).toBe(0);
    // a0 has 5 links among 9 other nodes.
    expect(m.degree.a0).toBeCloseTo(5 / 9);
    expect(m.nodeCount).toBe(10);
  });

  it("ranks by PageRank along the arrows, weighted", () => {
    const m = computeMetrics(serialised(["x>hub", "y>hub", "z>hub", ["hub>w", 1], ["x>w", 0.1]]));
    expect(argmax(m.pagerank)).toBe("w");
    expect(m.pagerank.hub).toBeGreaterThan(m.pagerank.x ?? Infinity);
    const total = Object.values(m.pagerank).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1);
  });

  it("gives the same communities on every run (seeded)", () => {
    expect(computeMetrics(twoCliques()).community).toEqual(computeMetrics(twoCliques()).community);
  });

  it("answers an empty graph with empty values", () => {
    const m = computeMetrics(serialised([]));
    expect(m).toMatchObject({ degree: {}, pagerank: {}, betweenness: {}, community: {}, communityCount: 0, nodeCount: 0 });
  });

  it("gives a lone node (with a self-loop) finite values", () => {
    const m = computeMetrics(serialised(["a>a"]));
    expect(m).toMatchObject({ degree: { a: 0 }, pagerank: { a: 1 }, betweenness: { a: 0 }, communityCount: 1 });
  });

  it("estimates betweenness from sampled sources when the graph is over the exact budget", () => {
    const m = computeMetrics(twoCliques(), { maxExactWork: 50, minSources: 4 });
    expect(m.betweennessSources).toBe(4);
    expect(Object.keys(m.betweenness)).toHaveLength(10);
  });
});

describe("undirectedProjection", () => {
  it("merges parallel and opposite edges into one, summing weights, and drops self-loops", () => {
    const g = new Graph<Record<string, unknown>, { weight: number }>({ type: "directed", multi: true, allowSelfLoops: true });
    g.import(serialised([["p>q", 1], ["p>q", 0.5], ["q>p", 2], ["p>p", 1]]));
    const u = undirectedProjection(g);
    expect(u.type).toBe("undirected");
    expect(u.size).toBe(1);
    expect(u.getEdgeAttribute("p", "q", "weight")).toBeCloseTo(3.5);
  });
});
