import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../ingest/extract/extract-document";
import { aNormalisedText, edges, testGazetteer } from "../../builders";

function collaborations(body: string): string[] {
  const text = `规划司：工作\n2016年，${body}`;
  return edges(extractDocument(aNormalisedText(text), testGazetteer()), "COLLABORATES");
}

describe("extractCollaborations", () => {
  it("takes 部门 (\"同级财政部门\", departments in general) for no ministry, and a generic subject for nobody's", () => {
    expect(collaborations("中小企业局会同财政部做好资金管理。各地工业和信息化主管部门要会同同级财政部门，组织本地区城市做好申报工作。科技部门要会同商务部门做好衔接。")).toEqual([
      "bureau:中小企业局→ministry:财政部@2016",
    ]);
  });

  it("takes every partner listed after 会同 or 联合", () => {
    expect(collaborations("会同国家发改委、科技部、财政部联合印发指导意见。")).toEqual([
      "bureau:规划司→ministry:国家发展改革委@2016",
      "bureau:规划司→ministry:科技部@2016",
      "bureau:规划司→ministry:财政部@2016",
    ]);
  });

  it("takes a partner whose closing cue follows an adverb or a place", () => {
    expect(collaborations("与中国建设银行继续合作开展活动，科技司与国家开发银行在沪联合举办论坛。")).toEqual([
      "bureau:规划司→org:中国建设银行@2016",
      "bureau:科技司→org:国家开发银行@2016",
    ]);
  });

  it("takes partners between 与 and 合作, including provinces", () => {
    expect(collaborations("加强与中科院、工程院合作，与河南、广西等省区签订了合作框架协议。")).toEqual([
      "bureau:规划司→org:中国科学院@2016",
      "bureau:规划司→org:中国工程院@2016",
      "bureau:规划司→org:河南省@2016",
      "bureau:规划司→org:广西壮族自治区@2016",
    ]);
  });

  it("pairs two orgs that act jointly, and ignores unnamed partners", () => {
    expect(collaborations("条例由国务院和中央军委联合发布。会同有关部门研究。")).toEqual(["ministry:国务院→org:中央军委@2016"]);
  });

  it("pairs the co-signers of a document written side by side before 关于 or 联合印发", () => {
    expect(collaborations("湖南省工业和信息化厅 湖南省财政厅关于组织申报某某项目的通知。")).toEqual(["org:湖南省工业和信息化厅→org:湖南省财政厅@2016"]);
  });

  it("reads the general offices co-signing a cited notice with the home ministry as their ministries", () => {
    expect(collaborations("根据《工业和信息化部办公厅 商务部办公厅关于开展某某工作的通知》要求，做好申报。")).toEqual(["ministry:工业和信息化部→ministry:商务部@2016"]);
  });

  it("does not pair the co-signers of another body's cited document, nor partners after 会同", () => {
    expect(collaborations("落实《国务院 中央军委关于某某的意见》。会同商务部、财政部印发方案。")).toEqual([
      "bureau:规划司→ministry:商务部@2016",
      "bureau:规划司→ministry:财政部@2016",
    ]);
  });

  it("pairs orgs whose officials jointly chair a meeting", () => {
    expect(collaborations("会议由工业和信息化部副部长张某和商务部副部长李某共同主持。")).toEqual(["ministry:工业和信息化部→ministry:商务部@2016"]);
  });

  it("pairs the visitors and the org they visit for talks, but not a mere inspection visit", () => {
    expect(collaborations("规划司、科技司有关人员赴中国工程院进行会商。科技司赴中国科学院调研。")).toEqual([
      "bureau:规划司→bureau:科技司@2016",
      "bureau:规划司→org:中国工程院@2016",
      "bureau:科技司→org:中国工程院@2016",
    ]);
  });

  it("does not pair partners listed after 与 among themselves", () => {
    expect(collaborations("科技司与环境保护部、商务部共同研究建立机制。")).toEqual(["bureau:科技司→ministry:环境保护部@2016", "bureau:科技司→ministry:商务部@2016"]);
  });
});
