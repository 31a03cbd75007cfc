import { describe, expect, it } from "vitest";
import { countDocumentKinds, documentKindOf, kindRows } from "../../../web/src/graph/document-kinds";
import { createCanvasGraph, type CanvasGraph, type CanvasNodeAttributes } from "../../../web/src/graph/graph-instance";

function node(entity: CanvasNodeAttributes["entity"], properties: Record<string, unknown> = {}): CanvasNodeAttributes {
  return { x: 0, y: 0, size: 1, color: "#000", label: "", entity, name: "", aliases: [], properties };
}

function corpus(): CanvasGraph {
  const graph = createCanvasGraph();
  graph.addNode("doc:1", node("Document", { kind: "speech" }));
  graph.addNode("doc:2", node("Document", { kind: "notice" }));
  graph.addNode("doc:3", node("Document", { kind: "speech" }));
  graph.addNode("doc:cited", node("Document", { source: false }));
  graph.addNode("doc:odd", node("Document", { kind: "poem" }));
  graph.addNode("org:x", node("Organization", { kind: "speech" }));
  return graph;
}

describe("documentKindOf", () => {
  it("reads a document's genre and nothing else's", () => {
    expect(documentKindOf(node("Document", { kind: "joint-notice" }))).toBe("joint-notice");
    expect(documentKindOf(node("Document", { kind: "poem" }))).toBeUndefined();
    expect(documentKindOf(node("Document"))).toBeUndefined();
    expect(documentKindOf(node("Organization", { kind: "notice" }))).toBeUndefined();
  });
});

describe("countDocumentKinds", () => {
  it("counts the documents of each genre the graph holds", () => {
    expect(Object.fromEntries(countDocumentKinds(corpus()))).toEqual({ speech: 2, notice: 1 });
    expect(countDocumentKinds(createCanvasGraph()).size).toBe(0);
  });
});

describe("kindRows", () => {
  it("lists the present genres in the model's order with their counts", () => {
    expect(kindRows(countDocumentKinds(corpus()), [])).toEqual([
      { kind: "speech", count: 2 },
      { kind: "notice", count: 1 },
    ]);
  });

  it("keeps a hidden genre that the graph lacks, so that it can be shown again", () => {
    const rows = kindRows(countDocumentKinds(corpus()), ["other", "notice"]);
    expect(rows.map((r) => r.kind)).toEqual(["speech", "notice", "other"]);
    expect(rows.at(-1)).toEqual({ kind: "other", count: 0 });
  });
});
