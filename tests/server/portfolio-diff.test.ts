import { describe, expect, it } from "vitest";
import { portfolioDiff } from "../../web/server/drilldown/portfolio-diff";

const row = (id: string, year: number, evidence: string[]) => ({ id, name: id, year, evidence, evidenceDocIds: evidence.map(() => `doc:${year}`) });

describe("portfolioDiff", () => {
  it("splits programs into added, removed and kept, kept with the sentences of both years", () => {
    const diff = portfolioDiff(2013, 2014, [
      row("工业强基工程", 2013, ["甲"]),
      row("研修班", 2013, ["乙"]),
      row("工业强基工程", 2014, ["丙", "丙"]),
      row("走出去", 2014, ["丁"]),
      row("别的年份", 2015, ["戊"]),
    ]);
    expect(diff.added.map((i) => i.id)).toEqual(["走出去"]);
    expect(diff.removed.map((i) => i.id)).toEqual(["研修班"]);
    expect(diff.kept).toEqual([
      { id: "工业强基工程", name: "工业强基工程", evidence: [{ sentence: "甲", docId: "doc:2013", year: 2013 }, { sentence: "丙", docId: "doc:2014", year: 2014 }] },
    ]);
    expect(diff.from).toBe(2013);
    expect(diff.to).toBe(2014);
  });
});
