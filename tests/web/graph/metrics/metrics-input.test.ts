import { describe, expect, it } from "vitest";
import { computeMetrics } from "../../../../web/src/graph/metrics/compute-metrics";
import { toMetricsInput } from "../../../../web/src/graph/metrics/metrics-input";
import { communityRows, formatMetric } from "../../../../web/src/graph/metrics/legend";
import { createCanvasGraph } from "../../../../web/src/graph/graph-instance";

function canvasGraph() {
  const g = createCanvasGraph();
  const node = (name: string) => ({ x: 1, y: 2, size: 4, color: "#111111", label: name, entity: "Bureau" as const, name, aliases: ["x"], properties: { long: "text" } });
  for (const k of ["b1", "b2", "p"]) g.addNode(k, node(k));
  const edge = (weight: number) => ({ relType: "OWNS" as const, size: 1, color: "#222222", weight, type: "line" as const, properties: { evidence: ["..."] } });
  g.addEdgeWithKey("o1", "b1", "p", edge(1));
  g.addEdgeWithKey("o2", "b2", "p", edge(0.08));
  return g;
}

describe("toMetricsInput", () => {
  it("keeps node keys and edge weights only, in graphology's serialised form", () => {
    const input = toMetricsInput(canvasGraph());
    expect(input.nodes).toEqual([{ key: "b1" }, { key: "b2" }, { key: "p" }]);
    expect(input.edges).toEqual([
      { key: "o1", source: "b1", target: "p", attributes: { weight: 1 } },
      { key: "o2", source: "b2", target: "p", attributes: { weight: 0.08 } },
    ]);
    expect(input.options).toMatchObject({ type: "directed", multi: true });
  });

  it("is what computeMetrics reads", () => {
    const m = computeMetrics(toMetricsInput(canvasGraph()));
    expect(m.nodeCount).toBe(3);
    expect(m.degree.p).toBe(1);
  });
});

describe("communityRows", () => {
  it("lists the biggest communities first, each named by its highest-PageRank member", () => {
    const m = { ...computeMetrics(toMetricsInput(canvasGraph())), community: { b1: 0, p: 0, b2: 1 } };
    const { rows, others } = communityRows(m, 1);
    expect(rows).toEqual([{ id: 0, count: 2, color: expect.any(String), topNode: "p" }]);
    expect(others).toBe(1);
  });
});

describe("formatMetric", () => {
  it("writes two significant digits and a plain zero", () => {
    expect(formatMetric(0)).toBe("0");
    expect(formatMetric(0.012345)).toBe("0.012");
  });
});
