import { describe, expect, it } from "vitest";
import { itemOwners } from "../../../../ingest/extract/document/item-owners";
import { extractDocument } from "../../../../ingest/extract/extract-document";
import { aNormalisedText, testGazetteer } from "../../builders";

function ownersOf(text: string): Array<string | undefined> {
  return itemOwners(text.split("\n").map((line) => ({ text: line })), testGazetteer()).map((o) => o?.name);
}

describe("the department responsible for one item", () => {
  it("is the first unit in the parenthesis that closes the item", () => {
    expect(ownersOf("一、推进智能制造试点示范。（装备工业一司，相关行业协会）\n二、加强宣传。")).toEqual(["装备工业一司", undefined]);
    expect(ownersOf("三、完善标准体系（有关行业协会，装备工业一司）")).toEqual([undefined]);
  });

  it("is the responsible-department cell of each row of a table written one cell per line", () => {
    const table = ["序号 |", "任务 |", "牵头司局 |", "1 |", "推进工业强基工程 |", "规划司 |", "2 |", "开展绿色制造 |", "节能与综合 利用司 |", "注：以上为年度任务。", "后续段落。"];
    expect(ownersOf(table.join("\n"))).toEqual([undefined, undefined, undefined, "规划司", "规划司", "规划司", "节能与综合利用司", "节能与综合利用司", "节能与综合利用司", undefined, undefined]);
  });

  it("is the department cell of a row written on one line", () => {
    expect(ownersOf("| 序号 | 任务 | 责任单位 |\n| 1 | 推进工业强基工程 | 规划司 |\n| 2 | 开展绿色制造 | 有关行业协会 |")).toEqual([undefined, "规划司", undefined]);
  });

  it("owns the item's programs instead of the signing office above it", () => {
    const text = "工业和信息化部办公厅\n2018年4月2日\n某某行动计划\n一、推进“宽带中国”战略。（信息通信发展司，相关行业协会）";
    const owns = extractDocument(aNormalisedText(text), testGazetteer()).relationships.filter((r) => r.type === "OWNS").map((r) => r.start);
    expect(owns).toEqual(["bureau:信息通信发展司"]);
  });
});

describe("a signature above its date", () => {
  it("does not make the signing office the owner of the plan below", () => {
    const text = "工业和信息化部办公厅\n2018年4月2日\n某某行动计划\n一、推进“宽带中国”战略。";
    const owns = extractDocument(aNormalisedText(text), testGazetteer()).relationships.filter((r) => r.type === "OWNS").map((r) => r.start);
    expect(owns).not.toContain("bureau:办公厅");
  });
});
