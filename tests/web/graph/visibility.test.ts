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

const none = { hiddenLabels: [], hiddenTypes: [], hiddenKinds: [], yearRange: null, focusId: null } as const;

/** The sample with three documents mentioning the bureau: a notice, a speech and a cited title without genre. */
function withGenres(): CanvasGraph {
  const graph = sample();
  const doc = (key: string, properties: Record<string, unknown>) => {
    graph.addNode(key, { ...graph.getNodeAttributes("d"), entity: "Document", properties });
    graph.addEdgeWithKey(`m-${key}`, key, "b", { relType: "MENTIONS", size: 1, color: "#000", weight: 0.1, type: "line", properties: {} });
  };
  graph.mergeNodeAttributes("d", { properties: { kind: "notice" } });
  doc("s", { kind: "speech" });
  doc("c", { source: false });
  return graph;
}

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

  it("hides the documents of a hidden genre with their edges, and only those", () => {
    const v = computeVisibility(withGenres(), { ...none, hiddenKinds: ["notice"] });
    expect([...v.hiddenNodes]).toEqual(["d"]);
    expect([...v.hiddenEdges]).toEqual(["m1"]);
    expect(v.visibleEdgesByType).toEqual({ OWNS: 2, MENTIONS: 2 });
    const both = computeVisibility(withGenres(), { ...none, hiddenKinds: ["notice", "speech"] });
    expect([...both.hiddenNodes].sort()).toEqual(["d", "s"]);
    expect(both.visibleNodeCount).toBe(4);
  });

  it("leaves a genre absent from the graph without effect", () => {
    expect(computeVisibility(withGenres(), { ...none, hiddenKinds: ["interview", "other"] }).hiddenNodes.size).toBe(0);
  });

  it("hides programs whose every dated fact is out of range, unless told not to", () => {
    const on = computeVisibility(sample(), { ...none, yearRange: [2017, 2017], hideEmptyNodes: true });
    expect([...on.hiddenNodes]).toEqual(["p"]);
    expect(on.visibleNodeCount).toBe(3);
    const off = computeVisibility(sample(), { ...none, yearRange: [2017, 2017], hideEmptyNodes: false });
    expect(off.hiddenNodes.size).toBe(0);
  });

  it("keeps a program that has an undated link other than a mention", () => {
    const graph = sample();
    graph.addEdgeWithKey("po", "p", "q", { relType: "PART_OF", size: 1, color: "#000" } as never);
    const v = computeVisibility(graph, { ...none, yearRange: [2017, 2017], hideEmptyNodes: true });
    expect(v.hiddenNodes.has("p")).toBe(false);
  });

  it("hides nothing for emptiness when all years are shown", () => {
    expect(computeVisibility(sample(), { ...none, hideEmptyNodes: true }).hiddenNodes.size).toBe(0);
  });
});

describe("computeVisibility with reviews", () => {
  it("hides a rejected fact's edge, or keeps it drawn and listed as rejected when rejected facts are shown", async () => {
    const { typedFactKey } = await import("../../../cypher/fact-key");
    const graph = sample();
    const [edge] = graph.edges();
    if (edge === undefined) throw new Error("sample has no edge");
    graph.setEdgeAttribute(edge, "properties", { key: "k1" });
    const rejectedFacts = new Set([typedFactKey(graph.getEdgeAttribute(edge, "relType"), "k1")]);
    expect(computeVisibility(graph, { ...none, rejectedFacts }).hiddenEdges.has(edge)).toBe(true);
    const shown = computeVisibility(graph, { ...none, rejectedFacts, showRejected: true });
    expect(shown.hiddenEdges.has(edge)).toBe(false);
    expect(shown.rejectedEdges.has(edge)).toBe(true);
  });
});
