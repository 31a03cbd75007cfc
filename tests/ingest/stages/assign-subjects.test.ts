import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../ingest/stages/extract-document";
import { aNormalisedText, edges, testGazetteer } from "../builders";

function owns(text: string): string[] {
  return edges(extractDocument(aNormalisedText(text), testGazetteer()), "OWNS");
}

describe("assignSubjects", () => {
  it("makes an org that opens a sentence with 要/将/牵头 the owner of that sentence", () => {
    expect(owns("工业发展规划\n发布日期:2016-01-05\n工业和信息化部要牵头实施工业强基工程。各地要推进两化深度融合。")).toEqual([
      "ministry:工业和信息化部→program:工业强基工程@2016",
    ]);
  });

  it("gives a joint notice's program to every issuing ministry, which work together", () => {
    const text = "工业和信息化部 财政部关于组织开展智能制造示范城市试点工作的通知\n为贯彻落实《中国制造2025》，工业和信息化部、财政部决定联合组织开展智能制造示范城市试点工作。\n工业和信息化部 财政部\n2016年8月1日";
    const graph = extractDocument(aNormalisedText(text), testGazetteer());
    expect(edges(graph, "OWNS")).toEqual(expect.arrayContaining([
      "ministry:工业和信息化部→program:智能制造示范城市试点@2016",
      "ministry:财政部→program:智能制造示范城市试点@2016",
    ]));
    expect(edges(graph, "COLLABORATES")).toEqual(["ministry:工业和信息化部→ministry:财政部@2016"]);
    expect(edges(graph, "ISSUED_BY")).toEqual(["doc:100_test→ministry:工业和信息化部", "doc:100_test→ministry:财政部"]);
  });

  it("does not take a partner after 联合 for the subject", () => {
    const text = "科技司：推进创新\n2017年工作思路\n联合财政部继续开展国家技术创新示范企业认定。";
    expect(owns(text)).toEqual(["bureau:科技司→program:国家技术创新示范企业@2017"]);
  });
});
