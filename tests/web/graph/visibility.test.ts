import { describe, expect, it } from "vitest";
import { createCanvasGraph, type CanvasGraph } from "../../../web/src/graph/graph-instance";
import { replaceGraph } from "../../../web/src/graph/import-graph";
import { computeVisibility } from "../../../web/src/graph/visibility";
import type { ApiGraph } from "../../../web/shared/api-types";

function sample(): CanvasGraph {
  const node = (key: string, label: ApiGraph["nodes"][number]["attributes"]["label"]) => ({
    key,
    attributes: { label, name: key, aliases: [], properties: {} },
  });
  const api: ApiGraph = {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: [node("b", "Bureau"), node("p", "Program"), node("q", "Program"), node("d", "Document")],
    edges: [
      { key: "o1", source: "b", target: "p", attributes: { type: "OWNS", year: 2016, properties: {} } },
      { key: "o2", source: "b", target: "q", attributes: { type: "OWNS", year: 2017, properties: {} } },
      { key: "m1", source: "d", target: "b", attributes: { type: "MENTIONS", properties: {} } },
    ],
  };
  const graph = createCanvasGraph();
  replaceGraph(graph, api);
  return graph;
}

const none = { hiddenLabels: [], hiddenTypes: [], yearRange: null, focusId: null } as const;

describe("computeVisibility", () => {
  it("counts drawn edges by type", () => {
    expect(computeVisibility(sample(), none).visibleEdgesByType).toEqual({ OWNS: 2, MENTIONS: 1 });
  });

  it("filters dated facts by year and leaves undated ones alone", () => {
    const v = computeVisibility(sample(), { ...none, yearRange: [2017, 2017] });
    expect(v.visibleEdgesByType).toEqual({ OWNS: 1, MENTIONS: 1 });
    expect([...v.hiddenEdges]).toEqual(["o1"]);
  });

  it("hides edges of hidden labels and keeps only the neighbourhood in focus", () => {
    expect(computeVisibility(sample(), { ...none, hiddenLabels: ["Document"] }).visibleEdgesByType).toEqual({ OWNS: 2 });
    const focus = computeVisibility(sample(), { ...none, focusId: "p" });
    expect([...focus.hiddenNodes].sort()).toEqual(["d", "q"]);
    expect(focus.visibleEdgeCount).toBe(1);
  });
});
