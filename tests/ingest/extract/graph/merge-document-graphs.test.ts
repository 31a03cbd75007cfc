import { describe, expect, it } from "vitest";
import type { GraphNode, GraphRelationship, OwnsProperties, ProgramProperties } from "../../../../cypher/model";
import { mergeDocumentGraphs } from "../../../../ingest/extract/graph/merge-document-graphs";
import { aDocumentGraph, aNode } from "../../builders";

function owns(docId: string, year: number, sentence: string): GraphRelationship {
  return {
    type: "OWNS", start: "bureau:规划司", end: "program:工业强基工程",
    properties: { year, evidence: [sentence], evidenceDocIds: [docId], evidenceStarts: [0], evidenceEnds: [sentence.length], extractedBy: [], confidence: [], docIds: [docId], count: 1 },
  };
}

describe("mergeDocumentGraphs", () => {
  const a = aDocumentGraph("doc:a", [aNode("bureau:规划司", "Bureau", ["规划司"]), aNode("program:工业强基工程", "Program", ["工业强基"])], [owns("doc:a", 2013, "启动工业强基工程")]);
  const b = aDocumentGraph("doc:b", [aNode("program:工业强基工程", "Program", ["强基工程"])], [owns("doc:b", 2013, "推进强基工程"), owns("doc:b", 2017, "实施工业强基工程")]);

  it("unions nodes by id with their aliases", () => {
    const merged = mergeDocumentGraphs([a, b]);
    const program = merged.nodes.find((n) => n.id === "program:工业强基工程");
    expect(merged.nodes).toHaveLength(2);
    expect(program?.properties.aliases).toEqual(["工业强基", "强基工程"]);
  });

  it("merges relationships of one (type, start, end, year), concatenating evidence and documents", () => {
    const merged = mergeDocumentGraphs([a, b]);
    const y2013 = merged.relationships.find((r) => (r.properties as OwnsProperties).year === 2013)?.properties as OwnsProperties;
    expect(merged.relationships).toHaveLength(2);
    expect(y2013.evidence).toEqual(["启动工业强基工程", "推进强基工程"]);
    expect(y2013.docIds).toEqual(["doc:a", "doc:b"]);
    expect(y2013.count).toBe(2);
  });

  it("concatenates the evidence of a fact repeated by many documents in document order", () => {
    const graphs = Array.from({ length: 50 }, (_, i) => aDocumentGraph(`doc:${i}`, [], [owns(`doc:${i}`, 2013, `句${i}`)]));
    const merged = mergeDocumentGraphs(graphs).relationships[0]?.properties as OwnsProperties;
    expect(merged.evidence).toEqual(graphs.map((_, i) => `句${i}`));
    expect(merged.docIds).toEqual(graphs.map((g) => g.docId));
    expect(merged.count).toBe(50);
  });

  it("leaves the per-document graphs as they were, since the loader writes those too", () => {
    const before = JSON.stringify([a, b]);
    mergeDocumentGraphs([a, b, a]);
    expect(JSON.stringify([a, b])).toBe(before);
  });

  it("keeps a source document's own properties over those of a title citing it, in either order", () => {
    const own = { id: "doc:003", labels: ["Document"], properties: { id: "doc:003", name: "报告", title: "报告", source: true, aliases: [] } } as unknown as GraphNode;
    const cited = { id: "doc:003", labels: ["Document"], properties: { id: "doc:003", name: "《报告》", title: "《报告》", source: false, aliases: ["《报告》"] } } as unknown as GraphNode;
    for (const order of [[own, cited], [cited, own]]) {
      const node = mergeDocumentGraphs(order.map((n, i) => aDocumentGraph(`doc:${i}`, [n], []))).nodes[0];
      expect(node?.properties).toMatchObject({ name: "报告", source: true, aliases: ["《报告》"] });
    }
  });

  it("sets a program's first and last year from the OWNS that reach it", () => {
    const program = mergeDocumentGraphs([a, b]).nodes.find((n) => n.id === "program:工业强基工程")?.properties as ProgramProperties;
    expect([program.firstYear, program.lastYear]).toEqual([2013, 2017]);
  });

  it("keeps HOLDS with different titles apart", () => {
    const holds = (title: string): GraphRelationship => ({
      type: "HOLDS", start: "person:许达哲", end: "ministry:工业和信息化部",
      properties: { year: 2013, title, evidence: [], evidenceDocIds: [], evidenceStarts: [], evidenceEnds: [], extractedBy: [], confidence: [], docIds: ["doc:a"] },
    });
    expect(mergeDocumentGraphs([aDocumentGraph("doc:a", [], [holds("副部长"), holds("党组副书记")])]).relationships).toHaveLength(2);
  });

  it("merges one post reported by documents of different years into one HOLDS with the latest year", () => {
    const post = (docId: string, year: number): GraphRelationship => ({
      type: "HOLDS", start: "person:罗文", end: "bureau:规划司",
      properties: { title: "司长", year, evidence: ["规划司司长 罗文"], evidenceDocIds: [docId], evidenceStarts: [0], evidenceEnds: [8], extractedBy: [], confidence: [], docIds: [docId] },
    });
    const merged = mergeDocumentGraphs([aDocumentGraph("doc:a", [], [post("doc:a", 2016)]), aDocumentGraph("doc:b", [], [post("doc:b", 2017)])]);
    expect(merged.relationships).toHaveLength(1);
    expect(merged.relationships[0]?.properties).toMatchObject({ year: 2017, docIds: ["doc:a", "doc:b"] });
  });
});
