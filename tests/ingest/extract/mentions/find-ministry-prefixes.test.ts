import { describe, expect, it } from "vitest";
import { findMentions } from "../../../../ingest/extract/mentions/find-mentions";
import { findMinistryPrefixes } from "../../../../ingest/extract/mentions/find-ministry-prefixes";
import { testGazetteer } from "../../builders";

function prefixes(text: string): string[] {
  const g = testGazetteer();
  return findMinistryPrefixes(findMentions(text, g), g).map((m) => `${m.surface}:${m.entity.name}`);
}

describe("findMinistryPrefixes", () => {
  it("finds the ministry that opens the name of its bureau or of another ministry's department", () => {
    expect(prefixes("工信部规划司副司长某某会见了商务部外资司有关同志。")).toEqual(["工信部:工业和信息化部", "商务部:商务部"]);
  });

  it("does not credit the State Council with a body found by its org word", () => {
    expect(prefixes("国务院某某产业发展工作协调机制召开会议。")).toEqual([]);
  });
});
