import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../ingest/extract/extract-document";
import { aNormalisedText, edges, testGazetteer } from "../../builders";

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

  it("finds the subject after an opening clause that names other orgs (为贯彻落实党中央、国务院…，根据…，X组织开展…)", () => {
    const text =
      "工业和信息化部办公厅关于开展试点工作的通知\n为贯彻落实党中央、国务院关于推进新型工业化的决策部署，根据《关于加快推进新型工业化的意见》，工业和信息化部会同财政部组织开展智能制造示范城市试点工作。\n2016年8月1日";
    expect(owns(text)).toEqual(["ministry:工业和信息化部→program:智能制造示范城市试点@2016"]);
  });

  it("keeps a paragraph's subject for the clauses that drop it, but not past the paragraph", () => {
    const text = "新闻稿\n发布日期:2018-05-02\n部长表示，下一步，工业和信息化部将抓好两项工作：一是实施工业强基工程；二是推进两化深度融合。\n各地推进智能制造。";
    expect(owns(text)).toEqual([
      "ministry:工业和信息化部→program:工业强基工程@2018",
      "ministry:工业和信息化部→program:两化融合@2018",
    ]);
  });

  it("carries a meeting's subject into the next paragraph when it opens with 会议", () => {
    const text = "新闻稿\n发布日期:2018-05-02\n会议指出，财务司将推进两化深度融合。\n会议还研究了工业强基工程。\n企业代表参加活动，智能制造受到关注。";
    expect(owns(text)).toEqual([
      "bureau:财务司→program:两化融合@2018",
      "bureau:财务司→program:工业强基工程@2018",
    ]);
  });

  it("reads an org followed by an adverb of manner as the subject", () => {
    const text = "新闻稿\n发布日期:2018-05-02\n会议指出，国防科工局圆满完成工业强基工程任务。";
    expect(owns(text)).toEqual(["bureau:国家国防科技工业局→program:工业强基工程@2018"]);
  });

  it("reads the org after 由 as the subject when the object comes first, and a time word before the subject", () => {
    const text = "新闻稿\n发布日期:2018-05-02\n司长介绍，“星火燎原”专项行动由科技司组织实施。他表示，下半年财务司将推进工业强基工程。";
    expect(owns(text)).toEqual([
      "bureau:科技司→program:星火燎原@2018",
      "bureau:财务司→program:工业强基工程@2018",
    ]);
  });

  it("does not take a partner after 联合 for the subject", () => {
    const text = "科技司：推进创新\n2017年工作思路\n联合财政部继续开展国家技术创新示范企业认定。";
    expect(owns(text)).toEqual(["bureau:科技司→program:国家技术创新示范企业@2017"]);
  });

  it("finds the subject across time words before its verb, over the section's owner", () => {
    const text = "规划司：做好规划工作\n发布日期:2019-03-01\n规划司将实施工业强基工程。湖南省经信委今年实施了“百企上云”行动。国家航天局近期正在推进“卫星应用示范工程”。";
    expect(owns(text)).toEqual([
      "bureau:规划司→program:工业强基工程@2019",
      "org:湖南省经济和信息化委员会→program:百企上云@2019",
      "bureau:国家航天局→program:卫星应用示范工程@2019",
    ]);
  });

  it("makes a body the subject when its official speaks for it", () => {
    const text = "规划司：做好规划工作\n发布日期:2019-03-01\n规划司将实施工业强基工程。工业和信息化部有关负责人表示，下半年将推进“星火燎原”专项行动。";
    expect(owns(text)).toEqual([
      "bureau:规划司→program:工业强基工程@2019",
      "ministry:工业和信息化部→program:星火燎原@2019",
    ]);
  });
});
