import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GazetteerError, buildGazetteer, loadGazetteer, parseGazetteerFile } from "../../../ingest/gazetteer/load-gazetteer";

describe("loadGazetteer", () => {
  it("loads the bundled files and indexes names, aliases and ministry-prefixed department names", () => {
    const g = loadGazetteer();
    expect(g.bySurface.get("政法司")?.name).toBe("政策法规司");
    expect(g.bySurface.get("工信部规划司")?.name).toBe("规划司");
    expect(g.bySurface.get("国家发改委")?.label).toBe("Ministry");
    expect(g.bySurface.get("《中国制造2025》")?.name).toBe("中国制造2025");
    expect(g.lexicon.titles.length).toBeGreaterThan(10);
  });

  it("keeps renamed departments as their own entries with the successor recorded", () => {
    const g = loadGazetteer();
    expect(g.bySurface.get("软件服务业司")?.successors.map((s) => [s.name, s.year, s.kind])).toEqual([["信息化和软件服务业司", 2015, "merged"]]);
    expect(g.bySurface.get("信软司")?.name).toBe("信息化和软件服务业司");
  });

  it("merges a user file: new aliases join an existing entry and new entries are added", () => {
    const dir = mkdtempSync(join(tmpdir(), "gaz-"));
    const path = join(dir, "user.yaml");
    writeFileSync(path, "entries:\n  - { name: 规划司, label: Bureau, aliases: [部规划司] }\n  - { name: 测试工程, label: Program, category: project }\n");
    const g = loadGazetteer([path]);
    expect(g.bySurface.get("部规划司")?.name).toBe("规划司");
    expect(g.bySurface.get("综合规划司")?.name).toBe("规划司");
    expect(g.bySurface.get("测试工程")?.category).toBe("project");
  });
});

describe("parseGazetteerFile", () => {
  it("rejects an entry with an unknown label, naming the file", () => {
    expect(() => parseGazetteerFile("entries:\n  - { name: X, label: Agency }\n", "bad.yaml")).toThrow(GazetteerError);
  });

  it("accepts a file with only lexicon words, which extend the bundled lists", () => {
    const extra = parseGazetteerFile("lexicon:\n  titles: [{ title: 主任科员 }]\n", "extra.yaml");
    const g = buildGazetteer([extra]);
    expect(g.lexicon.titles.map((t) => t.title)).toEqual(["主任科员"]);
  });
});
