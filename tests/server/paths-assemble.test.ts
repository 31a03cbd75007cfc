import { describe, expect, it } from "vitest";
import type { PathNode } from "../../web/shared/api-types";
import { assemblePaths, type PathRow } from "../../web/server/paths/assemble-paths";

const node = (key: string, label: string) => ({ key, labels: [label, "Entity"], properties: { id: key, name: key.split(":")[1] ?? key } });
const nodes = [node("person:甲", "Person"), node("ministry:乙", "Ministry"), node("program:丙", "Program")];
const toPathNode = (n: PathRow["nodes"][number]): PathNode => ({ id: n.key, name: String(n.properties["name"]), label: "Person" });

function row(overrides: Partial<PathRow>): PathRow {
  return {
    pathIndex: 0,
    hop: 0,
    nodes,
    key: "r1",
    type: "HOLDS",
    source: "person:甲",
    target: "ministry:乙",
    year: 2016,
    title: "部长",
    evidence: ["甲任乙部长。"],
    evidenceDocIds: ["doc:1"],
    extractedBy: null,
    confidence: null,
    properties: {},
    ...overrides,
  };
}

describe("assemblePaths", () => {
  const rows = [
    row({}),
    row({ hop: 1, key: "r2", type: "OWNS", source: "program:丙", target: "ministry:乙", year: 2014, title: null, evidence: ["乙实施丙。", "同句"], evidenceDocIds: ["doc:1", "doc:2"] }),
    row({ hop: 1, key: "r3", type: "OWNS", source: "program:丙", target: "ministry:乙", year: 2013, title: null, evidence: ["同句"], evidenceDocIds: ["doc:2"] }),
  ];

  it("makes one step per hop, merging the facts of every year with their evidence once", () => {
    const { paths } = assemblePaths(rows, new Map([["doc:2", { title: "文件二" }]]), toPathNode);
    expect(paths).toHaveLength(1);
    const [holds, owns] = paths[0]?.steps ?? [];
    expect(holds).toMatchObject({ from: "person:甲", to: "ministry:乙", type: "HOLDS", direction: "forward", year: 2016, years: [2016], titles: ["部长"] });
    expect(owns).toMatchObject({ from: "ministry:乙", to: "program:丙", type: "OWNS", direction: "backward", years: [2013, 2014], relationships: ["r2", "r3"] });
    expect(owns?.year).toBeUndefined();
    expect(owns?.evidence.map((e) => e.text)).toEqual(["乙实施丙。", "同句"]);
    expect(owns?.evidence[1]?.docTitle).toBe("文件二");
  });

  it("hands the canvas each node and relationship once", () => {
    const { graph } = assemblePaths([...rows, row({ pathIndex: 1 })], new Map(), toPathNode);
    expect(graph.nodes.map((n) => n.key)).toEqual(["person:甲", "ministry:乙", "program:丙"]);
    expect(graph.edges.map((e) => e.key).sort()).toEqual(["r1", "r2", "r3"]);
  });
});
