import { describe, expect, it } from "vitest";
import { buildGazetteer, GazetteerError, parseGazetteerFile } from "../../../ingest/gazetteer/load-gazetteer";
import { connectedSuccessions, entryInForce } from "../../../ingest/gazetteer/lineage";
import { extractDocument } from "../../../ingest/extract/extract-document";
import { aNormalisedText, testGazetteer } from "../builders";

const entry = (name: string) => {
  const found = testGazetteer().bySurface.get(name);
  if (!found) throw new Error(`no entry ${name}`);
  return found;
};

describe("bureau lineage from the gazetteer", () => {
  it("follows renames and mergers up to a year, never a split or a later step", () => {
    const { lineage } = testGazetteer();
    expect(entryInForce(entry("软件服务业司"), 2016, lineage).name).toBe("信息化和软件服务业司");
    expect(entryInForce(entry("软件服务业司"), 2014, lineage).name).toBe("软件服务业司");
    expect(entryInForce(entry("软件服务业司"), undefined, lineage).name).toBe("软件服务业司");
    expect(entryInForce(entry("装备工业司"), 2020, lineage).name).toBe("装备工业司");
    // Two steps: 电子工业部 → 信息产业部 (1998) → 工业和信息化部 (2008).
    expect(entryInForce(entry("电子工业部"), 2010, lineage).name).toBe("工业和信息化部");
    expect(entryInForce(entry("电子工业部"), 2000, lineage).name).toBe("信息产业部");
  });

  it("gives a body's whole family: both predecessors of a merger, with year, kind and source", () => {
    const steps = connectedSuccessions(entry("信息化和软件服务业司"), testGazetteer().lineage);
    expect(steps.map((s) => `${s.from.name}→${s.to.name} ${s.year} ${s.kind}`).sort()).toEqual([
      "信息化推进司→信息化和软件服务业司 2015 merged",
      "软件服务业司→信息化和软件服务业司 2015 merged",
    ]);
    expect(steps.every((s) => s.source.length > 0)).toBe(true);
  });

  it("refuses a successor that names no entry", () => {
    const file = parseGazetteerFile("entries:\n  - { name: 甲司, label: Bureau, successors: [{ name: 乙司, year: 2015, kind: renamed, source: 某文件 }] }\n", "user.yaml");
    expect(() => buildGazetteer([file])).toThrow(GazetteerError);
  });
});

describe("lineage in a document's graph", () => {
  it("adds SUCCEEDED_BY for the chain of a body it names, and the predecessors' nodes", () => {
    const graph = extractDocument(aNormalisedText("2016年工作总结\n2016年，信息化和软件服务业司推进两化融合。"), testGazetteer());
    const lineage = graph.relationships.filter((r) => r.type === "SUCCEEDED_BY");
    expect(lineage.map((r) => `${r.start}→${r.end}`).sort()).toEqual(["bureau:信息化推进司→bureau:信息化和软件服务业司", "bureau:软件服务业司→bureau:信息化和软件服务业司"]);
    expect(lineage[0]?.properties).toMatchObject({ year: 2015, kind: "merged" });
    expect(graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(["bureau:软件服务业司", "bureau:信息化推进司"]));
  });

  it("resolves a name a later document still uses to the body in force, unless written as former (原)", () => {
    const gazetteer = testGazetteer();
    const later = extractDocument(aNormalisedText("2017年工作要点\n2017年，通信发展司推进宽带中国。"), gazetteer);
    const mentioned = (g: typeof later) => g.relationships.filter((r) => r.type === "MENTIONS").map((r) => r.end);
    expect(mentioned(later)).toContain("bureau:信息通信发展司");
    expect(mentioned(later)).not.toContain("bureau:通信发展司");
    const former = extractDocument(aNormalisedText("2017年工作要点\n2017年，原通信发展司的同志座谈。"), gazetteer);
    expect(mentioned(former)).toContain("bureau:通信发展司");
    const before = extractDocument(aNormalisedText("2012年工作要点\n2012年，通信发展司推进宽带中国。"), gazetteer);
    expect(mentioned(before)).toContain("bureau:通信发展司");
  });
});
