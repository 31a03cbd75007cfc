import { describe, expect, it } from "vitest";
import { createCanvasReducers, type StyleInputs } from "../../../web/src/graph/canvas-reducers";
import { createCanvasGraph, type CanvasGraph } from "../../../web/src/graph/graph-instance";
import { HIDDEN_PROGRAM } from "../../../web/src/graph/large-graph";
import { DIFF_COLORS, DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, PATH_EDGE_COLOR } from "../../../web/src/graph/styles";

function sample(): CanvasGraph {
  const g = createCanvasGraph();
  const node = (name: string) => ({ x: 0, y: 0, size: 4, color: "#111111", label: name, entity: "Program" as const, name, nameEn: `${name} (en)`, aliases: [], properties: {} });
  for (const k of ["b", "p", "q", "d"]) g.addNode(k, node(k));
  const edge = (relType: "OWNS" | "MENTIONS") => ({ relType, size: 1, color: "#222222", weight: 1, type: "line" as const, properties: {} });
  g.addEdgeWithKey("o1", "b", "p", edge("OWNS"));
  g.addEdgeWithKey("m1", "d", "q", edge("MENTIONS"));
  g.addEdgeWithKey("m2", "d", "b", edge("MENTIONS"));
  return g;
}

const calm: StyleInputs = {
  hiddenNodes: new Set(),
  hiddenEdges: new Set(),
  centre: null,
  emphasised: null,
  selected: null,
  english: false,
  hideAllEdges: false,
  overBudget: new Set(),
  diffMarks: new Map(),
  rejectedEdges: new Set(),
  metricStyle: null,
  path: null,
};

describe("canvas reducers", () => {
  const graph = sample();
  const reducers = createCanvasReducers(graph);
  // Sigma hands reducers a shallow copy of the attributes; so do these tests.
  const node = (k: string) => reducers.nodeReducer(k, { ...graph.getNodeAttributes(k) });
  const edge = (k: string) => reducers.edgeReducer(k, { ...graph.getEdgeAttributes(k) });

  it("draw a small graph as it is before the page gives inputs", () => {
    reducers.setInputs(null);
    expect(node("p")).toMatchObject({ color: "#111111", label: "p" });
    expect(node("p").hidden).toBeUndefined();
    expect(edge("o1")).toMatchObject({ type: "line" });
  });

  it("send filtered-out nodes and edges to the program that draws nothing", () => {
    reducers.setInputs({ ...calm, hiddenNodes: new Set(["q"]), hiddenEdges: new Set(["m1"]) });
    expect(node("q")).toMatchObject({ hidden: true, type: HIDDEN_PROGRAM });
    expect(edge("m1")).toMatchObject({ hidden: true, type: HIDDEN_PROGRAM });
    expect(edge("o1").hidden).toBeUndefined();
  });

  it("emphasise the centre's neighbourhood and dim the rest", () => {
    reducers.setInputs({ ...calm, centre: "b", selected: "b", emphasised: new Set(["b", "p", "d"]), english: true });
    expect(node("b")).toMatchObject({ highlighted: true, zIndex: 2, label: "b (en)" });
    expect(node("p")).toMatchObject({ forceLabel: true, zIndex: 1 });
    expect(node("q")).toMatchObject({ color: DIMMED_NODE_COLOR, label: "" });
    expect(edge("o1").size).toBeCloseTo(1.3);
    expect(edge("m1")).toMatchObject({ color: DIMMED_EDGE_COLOR });
  });

  it("size and colour nodes by the metric style, and still dim those outside the neighbourhood", () => {
    const metricStyle = { sizes: new Map([["p", 17]]), colors: new Map([["p", "#123456"], ["q", "#654321"]]) };
    reducers.setInputs({ ...calm, metricStyle });
    expect(node("p")).toMatchObject({ size: 17, color: "#123456" });
    expect(node("q")).toMatchObject({ size: 4, color: "#654321" });
    expect(graph.getNodeAttribute("p", "size")).toBe(4);
    reducers.setInputs({ ...calm, metricStyle, centre: "b", emphasised: new Set(["b", "p"]) });
    expect(node("q")).toMatchObject({ color: DIMMED_NODE_COLOR });
    expect(node("p")).toMatchObject({ size: 17, color: "#123456" });
  });

  it("draw types over the edge budget only where they touch the centre", () => {
    reducers.setInputs({ ...calm, centre: "b", emphasised: new Set(["b", "p", "d"]), overBudget: new Set(["MENTIONS"]) });
    expect(edge("m1")).toMatchObject({ hidden: true });
    expect(edge("m2").hidden).toBeUndefined();
    reducers.setInputs({ ...calm, hideAllEdges: true });
    expect(edge("o1")).toMatchObject({ hidden: true });
  });

  it("colour the compared node's programs by how they fared, even outside the emphasised neighbourhood", () => {
    reducers.setInputs({ ...calm, centre: "b", selected: "b", emphasised: new Set(["b", "p"]), diffMarks: new Map([["p", "added"], ["q", "removed"]]) });
    expect(node("p")).toMatchObject({ color: DIFF_COLORS.added, forceLabel: true });
    expect(node("q")).toMatchObject({ color: DIFF_COLORS.removed, label: "q" });
    expect(node("d")).toMatchObject({ color: DIMMED_NODE_COLOR });
  });

  it("draw a found path over filters and emphasis, the rest dimmed", () => {
    const path = { nodes: new Set(["b", "p"]), edges: new Set(["o1"]) };
    reducers.setInputs({ ...calm, path, hiddenNodes: new Set(["p", "q"]), hiddenEdges: new Set(["o1"]), centre: "d", emphasised: new Set(["d", "q", "b"]) });
    expect(node("p")).toMatchObject({ highlighted: true, forceLabel: true, zIndex: 2 });
    expect(node("p").hidden).toBeUndefined();
    expect(node("d")).toMatchObject({ color: DIMMED_NODE_COLOR, label: "" });
    expect(node("d").highlighted).toBeUndefined();
    expect(node("q")).toMatchObject({ hidden: true });
    expect(edge("o1")).toMatchObject({ color: PATH_EDGE_COLOR, zIndex: 2 });
    expect(edge("o1").hidden).toBeUndefined();
    expect(edge("m2")).toMatchObject({ color: DIMMED_EDGE_COLOR });
  });
});
