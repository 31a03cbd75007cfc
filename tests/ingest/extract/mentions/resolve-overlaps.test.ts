import { describe, expect, it } from "vitest";
import type { Mention } from "../../../../ingest/extract/extraction-types";
import { resolveOverlaps } from "../../../../ingest/extract/mentions/resolve-overlaps";

function m(start: number, end: number, label: Mention["entity"]["label"], name: string, source: Mention["source"] = "gazetteer"): Mention {
  return { start, end, surface: name, entity: { label, name }, source };
}

describe("resolveOverlaps", () => {
  it("keeps the longest of overlapping mentions and, at equal length, the gazetteer's", () => {
    const kept = resolveOverlaps([m(0, 4, "Program", "工业强基"), m(0, 6, "Program", "工业强基工程", "suffix"), m(0, 6, "Program", "工业强基工程")]);
    expect(kept).toEqual([m(0, 6, "Program", "工业强基工程")]);
  });

  it("keeps an org named inside a cited title, but not a discovered program inside it", () => {
    const title = m(0, 20, "Document", "国务院关于促进企业技术改造的指导意见", "title");
    const kept = resolveOverlaps([title, m(1, 4, "Ministry", "国务院"), m(9, 13, "Program", "技术改造", "suffix")]);
    expect(kept.map((k) => k.entity.name)).toEqual(["国务院关于促进企业技术改造的指导意见", "国务院"]);
  });

  it("keeps a known program named inside a cited title", () => {
    const kept = resolveOverlaps([m(0, 10, "Document", "三网融合推广方案", "title"), m(1, 5, "Program", "三网融合")]);
    expect(kept.map((k) => k.entity.name)).toEqual(["三网融合推广方案", "三网融合"]);
  });
});
