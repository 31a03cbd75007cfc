import { describe, expect, it } from "vitest";
import { findCountedLists } from "../../../../ingest/extract/mentions/find-counted-lists";
import { testGazetteer } from "../../builders";

function items(text: string): string[] {
  return findCountedLists(text, testGazetteer()).map((m) => m.entity.name);
}

describe("findCountedLists", () => {
  it("makes a program of every item of a list that a count of programs closes", () => {
    expect(items("方案提出船舶绿色升级、海工装备提质、配套能力攻坚“三工程”。")).toEqual(["船舶绿色升级", "海工装备提质", "配套能力攻坚"]);
    expect(items("重点实施智慧港口建设、内河航运提升等两大工程。")).toEqual(["智慧港口建设", "内河航运提升"]);
  });

  it("names a program with a count inside by its topic and program word", () => {
    expect(items("统筹推进2024年数字转型5项专项行动，落实绿色发展三项重点工程。")).toEqual(["数字转型专项行动", "绿色发展重点工程"]);
  });

  it("needs a topic before the count", () => {
    expect(items("组织实施三项工程。")).toEqual([]);
  });

  it("needs a list and a count of programs, not of tasks", () => {
    expect(items("推进船舶绿色升级“三工程”，抓好降本增效、提质扩量两大任务。")).toEqual([]);
  });
});
