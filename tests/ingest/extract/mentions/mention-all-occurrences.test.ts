import { describe, expect, it } from "vitest";
import type { Mention } from "../../../../ingest/extract/extraction-types";
import { mentionAllOccurrences } from "../../../../ingest/extract/mentions/mention-all-occurrences";

describe("mentionAllOccurrences", () => {
  it("adds later plain occurrences of a name first found in quotes, without overlapping accepted ones", () => {
    const text = "组织实施“芯火”创新计划。推进芯火平台建设，芯火基地。";
    const quoted: Mention = { start: 4, end: 12, surface: "“芯火”创新计划", entity: { label: "Program", name: "芯火" }, source: "quote", aliases: ["芯火创新计划", "芯火"] };
    const other: Mention = { start: 21, end: 25, surface: "芯火基地", entity: { label: "Program", name: "芯火基地" }, source: "suffix" };
    const all = mentionAllOccurrences(text, [quoted, other], [quoted]);
    expect(all.map((m) => [m.start, m.entity.name])).toEqual([[4, "芯火"], [15, "芯火"], [21, "芯火基地"]]);
  });
});
