import { describe, expect, it } from "vitest";
import { createCanvasGraph } from "../../../web/src/graph/graph-instance";
import { replaceGraph } from "../../../web/src/graph/import-graph";
import { HIDDEN_PROGRAM, LARGE_GRAPH_EDGES, LARGE_GRAPH_NODES, POINT_PROGRAM, THIN_EDGE_PROGRAM, hiddenDisplay, nodeProgramFor } from "../../../web/src/graph/large-graph";
import type { ApiGraph } from "../../../web/shared/api-types";

function chain(nodes: number, edges: number): ApiGraph {
  return {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: Array.from({ length: nodes }, (_, i) => ({ key: `n${i}`, attributes: { label: "Program" as const, name: `项目${i}`, aliases: [], properties: {} } })),
    edges: Array.from({ length: edges }, (_, i) => ({
      key: `e${i}`,
      source: `n${i % nodes}`,
      target: `n${(i + 1) % nodes}`,
      attributes: { type: "OWNS" as const, year: 2018, properties: {} },
    })),
  };
}

describe("large graphs", () => {
  it("draw nodes as points only above the node threshold", () => {
    expect(nodeProgramFor(LARGE_GRAPH_NODES)).toBeUndefined();
    expect(nodeProgramFor(LARGE_GRAPH_NODES + 1)).toBe(POINT_PROGRAM);
  });

  it("move hidden items to the program that draws nothing, keeping their other data", () => {
    expect(hiddenDisplay({ size: 3, color: "#123456", type: "line" })).toEqual({ size: 3, color: "#123456", type: HIDDEN_PROGRAM, hidden: true });
  });

  it("import their edges as thin lines, small graphs keep arrows on dated facts", () => {
    const big = createCanvasGraph();
    replaceGraph(big, chain(100, LARGE_GRAPH_EDGES + 1));
    expect(new Set(big.mapEdges((_e, a) => a.type))).toEqual(new Set([THIN_EDGE_PROGRAM]));
    const small = createCanvasGraph();
    replaceGraph(small, chain(10, 10));
    expect(new Set(small.mapEdges((_e, a) => a.type))).toEqual(new Set(["arrow"]));
  });
});
