import { describe, expect, it } from "vitest";
import { prf, scoreDocument, scoreMethods, totalScore } from "../../../ingest/eval/score-document";
import type { GoldDocument } from "../../../ingest/eval/load-gold";
import { aNode } from "../builders";

const DOC = "doc:100_test";

function gold(partial: Partial<GoldDocument>): GoldDocument {
  return {
    doc: "100_test.txt", date: null, year: 2016,
    entities: { Bureau: [], Ministry: [], Organization: [], Program: [], Person: [], Document: [] },
    owns: [], holds: [], collaborates: [], ...partial,
  };
}

describe("scoreDocument", () => {
  it("matches an entity through any of its names and counts unmentioned nodes as not predicted", () => {
    const g = gold({ entities: { Bureau: [["政策法规司", "政法司"]], Ministry: [], Organization: [], Program: [["宽带中国"]], Person: [], Document: [] } });
    const graph = {
      nodes: [aNode(DOC, "Document"), aNode("bureau:政法司", "Bureau"), aNode("program:“宽带中国”战略", "Program", ["宽带中国"]), aNode("program:其他", "Program")],
      relationships: [
        { type: "MENTIONS" as const, start: DOC, end: "bureau:政法司", properties: { count: 1 } },
        { type: "MENTIONS" as const, start: DOC, end: "program:“宽带中国”战略", properties: { count: 1 } },
      ],
    };
    const score = scoreDocument(g, graph, DOC);
    expect(score.Bureau.goldMatched).toBe(1);
    expect(score.Program.predicted).toBe(1);
    expect(prf(score.entities).f1).toBe(1);
  });

  it("matches OWNS on org, program and year, reporting a wrong year as both a miss and a false hit", () => {
    const g = gold({
      entities: { Bureau: [["规划司"]], Ministry: [], Organization: [], Program: [["工业强基工程", "工业强基"]], Person: [], Document: [] },
      owns: [{ org: "规划司", program: "工业强基工程", year: 2014 }],
    });
    const graph = {
      nodes: [aNode("bureau:规划司", "Bureau"), aNode("program:工业强基", "Program")],
      relationships: [{ type: "OWNS" as const, start: "bureau:规划司", end: "program:工业强基", properties: { year: 2013, evidence: [], evidenceDocIds: [], evidenceStarts: [], evidenceEnds: [], extractedBy: [], confidence: [], docIds: [DOC], count: 1 } }],
    };
    const score = scoreDocument(g, graph, DOC);
    expect(score.OWNS.misses).toHaveLength(1);
    expect(score.OWNS.falseHits).toHaveLength(1);
  });

  it("matches COLLABORATES as an unordered pair", () => {
    const g = gold({
      entities: { Bureau: [["规划司"]], Ministry: [["财政部"]], Organization: [], Program: [], Person: [], Document: [] },
      collaborates: [{ org: "规划司", partner: "财政部", year: 2013 }],
    });
    const graph = {
      nodes: [aNode("bureau:规划司", "Bureau"), aNode("ministry:财政部", "Ministry")],
      relationships: [{ type: "COLLABORATES" as const, start: "ministry:财政部", end: "bureau:规划司", properties: { year: 2013, evidence: [], evidenceDocIds: [], evidenceStarts: [], evidenceEnds: [], extractedBy: [], confidence: [], docIds: [DOC] } }],
    };
    expect(scoreDocument(g, graph, DOC).COLLABORATES.goldMatched).toBe(1);
  });

  it("sums documents unit by unit", () => {
    const empty = scoreDocument(gold({ holds: [{ person: "罗文", org: "规划司", title: "司长" }] }), { nodes: [], relationships: [] }, DOC);
    expect(totalScore([empty, empty]).HOLDS.gold).toBe(2);
    expect(prf(totalScore([empty]).HOLDS).recall).toBe(0);
  });
});

describe("scoreMethods", () => {
  it("counts each fact under the method of its most confident evidence, matched or not", () => {
    const g = gold({
      entities: { Bureau: [["规划司"]], Ministry: [], Organization: [], Program: [["工业强基工程"], ["宽带中国"]], Person: [], Document: [] },
      owns: [{ org: "规划司", program: "工业强基工程", year: 2016 }],
    });
    const fact = (program: string, extractedBy: string[], confidence: number[]) => ({
      type: "OWNS" as const, start: "bureau:规划司", end: program,
      properties: { year: 2016, evidence: extractedBy.map(() => "e"), evidenceDocIds: [], evidenceStarts: [], evidenceEnds: [], extractedBy, confidence, docIds: [DOC], count: extractedBy.length },
    });
    const graph = {
      nodes: [aNode("bureau:规划司", "Bureau"), aNode("program:工业强基工程", "Program"), aNode("program:宽带中国", "Program")],
      relationships: [fact("program:工业强基工程", ["document-subject", "explicit-subject"], [0.6, 0.9]), fact("program:宽带中国", ["topic-chain"], [0.75])],
    };
    const counts = scoreMethods(g, graph, DOC);
    expect(counts.get("OWNS explicit-subject")).toEqual({ predicted: 1, matched: 1 });
    expect(counts.get("OWNS topic-chain")).toEqual({ predicted: 1, matched: 0 });
    expect(counts.has("OWNS document-subject")).toBe(false);
  });
});
