import { describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import type { GraphRelationship } from "../../../cypher/model";
import type { DocumentGraph } from "../../../ingest/model";
import { toDocumentRows } from "../../../ingest/neo4j/graph-rows";

function owns(sentence: string, method: string | undefined, confidence: number | undefined): GraphRelationship {
  const properties: Record<string, unknown> = { year: 2017, evidence: [sentence], evidenceDocIds: ["doc:a"], evidenceStarts: [0], evidenceEnds: [sentence.length], docIds: ["doc:a"], count: 1 };
  if (method !== undefined) properties.extractedBy = [method];
  if (confidence !== undefined) properties.confidence = [confidence];
  return { type: "OWNS", start: "bureau:规划司", end: "program:工业强基工程", properties } as unknown as GraphRelationship;
}

function graph(relationships: GraphRelationship[]): DocumentGraph {
  return { docId: "doc:a", file: "a.txt", sha256: "x", nodes: [], relationships };
}

describe("toDocumentRows", () => {
  it("carries extractedBy and confidence parallel to evidence, duplicates concatenated in step", () => {
    const rows = toDocumentRows(graph([owns("甲。", "explicit-subject", 0.9), owns("乙。", "post-pattern", 1)])).relationships.get("OWNS");
    expect(rows).toHaveLength(1);
    expect(rows?.[0]).toMatchObject({ evidence: ["甲。", "乙。"], extractedBy: ["explicit-subject", "post-pattern"], confidence: [0.9, 1] });
  });

  it("keeps confidence as plain numbers (FLOATs), never Neo4j Integers, while years become Integers", () => {
    const [row] = toDocumentRows(graph([owns("甲。", "appointment", 1)])).relationships.get("OWNS") ?? [];
    expect(neo4j.isInt(row?.year)).toBe(true);
    expect((row?.confidence as unknown[]).some((c) => neo4j.isInt(c))).toBe(false);
  });

  it("pads a fact that came without provenance as unknown, so the lists stay parallel", () => {
    const [row] = toDocumentRows(graph([owns("甲。", undefined, undefined)])).relationships.get("OWNS") ?? [];
    expect(row).toMatchObject({ extractedBy: [""], confidence: [-1] });
  });
});
