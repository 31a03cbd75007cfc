import { describe, expect, it } from "vitest";
import { findMentions } from "../../../../ingest/extract/mentions/find-mentions";
import { readDocumentMeta } from "../../../../ingest/extract/document/read-document-meta";
import { splitSections } from "../../../../ingest/extract/document/split-sections";
import { testGazetteer } from "../../builders";

function ownersOf(text: string): Array<string | undefined> {
  const g = testGazetteer();
  return splitSections(text, readDocumentMeta(text, g), findMentions(text, g), g).map((s) => s.owner?.name);
}

describe("splitSections", () => {
  it("makes the department of a 'X司：' header the owner of the lines that follow", () => {
    const owners = ownersOf("各司局工作思路\n前言。\n规划司：统筹推进\n推动实施。\n财务司：做好保障\n加强预算。");
    expect(owners).toEqual([undefined, undefined, "规划司", "规划司", "财务司", "财务司"]);
  });

  it("opens a section at a byline naming a department head, without a header", () => {
    const owners = ownersOf("各司局工作思路\n工业和信息化部装备工业司司长 李东\n装备制造业稳步增长。");
    expect(owners.slice(1)).toEqual(["装备工业司", "装备工业司"]);
  });

  it("reads an interview's '——访' byline", () => {
    const owners = ownersOf("推动制造业高质量发展\n——访工业和信息化部规划司司长罗文\n规划司将推进工作。");
    expect(owners.slice(1)).toEqual(["规划司", "规划司"]);
  });

  it("makes the ministry the owner of a national work conference report", () => {
    const owners = ownersOf("全国工业和信息化工作会议工作报告摘要\n推进两化深度融合。");
    expect(owners).toEqual(["工业和信息化部", "工业和信息化部"]);
  });

  it("reads a department's own report, which keeps naming it, as that department's", () => {
    const owners = ownersOf("王某：做好规划\n规划司开展工作。\n规划司落实规划。\n规划司将继续推进。");
    expect(owners[3]).toBe("规划司");
  });

  it("does not read a notice that only routes mail to a department as that department's report", () => {
    const owners = ownersOf("关于开展试点的通知\n来源：财务司\n材料报送工业和信息化部（财务司）。\n联系人：工业和信息化部财务司 张三\n试点城市要加强管理。");
    expect(owners.every((o) => o === undefined)).toBe(true);
  });

  it("does not give news where several bodies act to the department named most", () => {
    const text = "新闻\n科技司将举办活动。\n科技司、财务司出席。\n记者从科技司获悉。\n工业和信息化部将推进工作。\n工业和信息化部要加强协调。";
    expect(ownersOf(text).every((o) => o === undefined)).toBe(true);
  });

  it("gives an interpretation to the department whose head answers the questions, from that line on", () => {
    const owners = ownersOf("政策解读\n前言。\n近日，科技司负责人就《某某行动计划》回答了记者提问。\n问：目标是什么？\n答：推进创新。");
    expect(owners).toEqual([undefined, undefined, "科技司", "科技司", "科技司"]);
  });

  it("opens a section at an enumerated heading that is a department's name alone", () => {
    const owners = ownersOf("年度回顾\n一、规划司\n推进工作。\n财务司\n加强预算。");
    expect(owners).toEqual([undefined, "规划司", "规划司", "财务司", "财务司"]);
  });

  it("leaves a plan without sections unowned", () => {
    expect(ownersOf("工业转型升级规划\n财政部、科技部要加强协作。\n国家国防科技工业局负责。").every((o) => o === undefined)).toBe(true);
  });
});
