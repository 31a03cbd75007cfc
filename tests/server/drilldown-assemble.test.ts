import { describe, expect, it } from "vitest";
import { assembleDrillDown, evidenceDocIds, toEvidence, type DrillDownRows } from "../../web/server/drilldown/assemble";

const node = { id: "bureau:规划司", label: "Bureau" as const, name: "规划司", aliases: [], properties: {} };
const fact = { evidence: [] as string[], evidenceDocIds: [] as string[] };

function rows(over: Partial<DrillDownRows>): DrillDownRows {
  return { node, programs: [], lineage: [], people: [], posts: [], collaborators: [], owners: [], documents: [], links: [], titles: new Map(), ...over };
}

describe("toEvidence", () => {
  it("pairs evidence[i] with evidenceDocIds[i] and the title, dropping repeats", () => {
    const titles = new Map([["doc:1", { title: "文件一" }]]);
    expect(toEvidence({ evidence: ["甲", "乙", "甲"], evidenceDocIds: ["doc:1", "doc:2", "doc:1"] }, titles)).toEqual([
      { text: "甲", docId: "doc:1", docTitle: "文件一" },
      { text: "乙", docId: "doc:2" },
    ]);
  });
});

describe("toEvidence with provenance", () => {
  it("gives each sentence its method and confidence, and leaves them out where unknown", () => {
    const fact = { evidence: ["甲", "乙", "丙"], evidenceDocIds: ["doc:1", "doc:1", "doc:1"], extractedBy: ["topic-chain", "", "post-pattern"], confidence: [0.75, -1, 0.95] };
    expect(toEvidence(fact, new Map())).toEqual([
      { text: "甲", docId: "doc:1", method: "topic-chain", confidence: 0.75 },
      { text: "乙", docId: "doc:1" },
      { text: "丙", docId: "doc:1", method: "post-pattern", confidence: 0.95 },
    ]);
  });

  it("tolerates facts loaded before the lists existed (null)", () => {
    expect(toEvidence({ evidence: ["甲"], evidenceDocIds: ["doc:1"], extractedBy: null, confidence: null }, new Map())).toEqual([{ text: "甲", docId: "doc:1" }]);
  });
});

describe("assembleDrillDown", () => {
  it("groups programs into one cell per year, most-owned first, and collects the years", () => {
    const response = assembleDrillDown(
      rows({
        programs: [
          { id: "program:a", name: "甲", nameEn: null, year: 2013, count: 1, evidence: ["s1"], evidenceDocIds: ["doc:1"] },
          { id: "program:b", name: "乙", nameEn: "B", year: 2014, count: 1, evidence: ["s2"], evidenceDocIds: ["doc:1"] },
          { id: "program:b", name: "乙", nameEn: "B", year: 2017, count: 2, evidence: ["s3", "s4"], evidenceDocIds: ["doc:2", "doc:2"] },
        ],
        people: [{ id: "person:罗文", name: "罗文", title: "司长", year: 2016, ...fact }],
        titles: new Map([["doc:2", { title: "二" }]]),
      }),
    );
    expect(response.years).toEqual([2013, 2014, 2016, 2017]);
    expect(response.programs.map((p) => p.id)).toEqual(["program:b", "program:a"]);
    expect(response.programs[0]).toEqual({
      id: "program:b",
      name: "乙",
      nameEn: "B",
      cells: [
        { year: 2014, count: 1, evidence: [{ text: "s2", docId: "doc:1" }] },
        { year: 2017, count: 2, evidence: [{ text: "s3", docId: "doc:2", docTitle: "二" }, { text: "s4", docId: "doc:2", docTitle: "二" }] },
      ],
    });
    expect(response.people).toEqual([{ id: "person:罗文", name: "罗文", title: "司长", year: 2016, evidence: [] }]);
    expect(response.posts).toBeUndefined();
  });

  it("merges collaborators and owners by id with their years", () => {
    const response = assembleDrillDown(
      rows({
        collaborators: [
          { id: "ministry:财政部", name: "财政部", label: "Ministry", year: 2017, evidence: ["会同财政部"], evidenceDocIds: ["doc:1"], start: "bureau:规划司" },
          { id: "ministry:财政部", name: "财政部", label: "Ministry", year: 2014, evidence: ["会同财政部"], evidenceDocIds: ["doc:1"], start: "ministry:财政部" },
        ],
        owners: [{ id: "bureau:规划司", name: "规划司", label: "Bureau", year: null, ...fact }],
        links: [
          { direction: "up", id: "ministry:工业和信息化部", name: "工业和信息化部", label: "Ministry" },
          { direction: "down", id: "program:x", name: "X", label: "Program" },
        ],
      }),
    );
    expect(response.collaborators).toEqual([
      {
        id: "ministry:财政部",
        name: "财政部",
        label: "Ministry",
        years: [2014, 2017],
        evidence: [{ text: "会同财政部", docId: "doc:1" }],
        // Each COLLABORATES with its direction: what names it for a review.
        facts: [
          { start: "bureau:规划司", end: "ministry:财政部", year: 2017 },
          { start: "ministry:财政部", end: "bureau:规划司", year: 2014 },
        ],
      },
    ]);
    expect(response.owners).toEqual([{ id: "bureau:规划司", name: "规划司", label: "Bureau", years: [], evidence: [] }]);
    expect(response.partOf).toEqual([{ id: "ministry:工业和信息化部", name: "工业和信息化部", label: "Ministry" }]);
    expect(response.parts).toEqual([{ id: "program:x", name: "X", label: "Program" }]);
  });

  it("lists each evidence document once", () => {
    expect(
      evidenceDocIds({
        programs: [{ id: "p", name: "p", nameEn: null, year: 1, count: 1, evidence: ["a", "b"], evidenceDocIds: ["d1", "d2"] }],
        people: [{ id: "x", name: "x", title: "t", year: null, evidence: ["c"], evidenceDocIds: ["d1"] }],
        posts: [],
        collaborators: [],
        owners: [],
      }),
    ).toEqual(["d1", "d2"]);
  });
});
