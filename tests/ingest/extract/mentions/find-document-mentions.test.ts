import { describe, expect, it } from "vitest";
import { findDocumentMentions } from "../../../../ingest/extract/mentions/find-document-mentions";
import { testGazetteer } from "../../builders";

function titles(text: string): string[] {
  return findDocumentMentions(text, testGazetteer()).map((m) => m.entity.name);
}

describe("findDocumentMentions", () => {
  it("names the document's own official title line as a document, but not an ordinary headline", () => {
    expect(titles("首页 > 文件\n科技部 商务部关于开展技术转移试点工作的通知\n各省市：")).toEqual(["科技部 商务部关于开展技术转移试点工作的通知"]);
    expect(titles("科技司2018年工作回顾\n关于试点，我们做了很多。")).toEqual([]);
  });

  it("finds a document named after an issuing verb, without 《》", () => {
    expect(titles("推动出台了化解产能严重过剩矛盾的指导意见，严禁新增产能。")).toEqual(["化解产能严重过剩矛盾的指导意见"]);
  });

  it("continues through a 、 list and drops a leading 年度", () => {
    expect(titles("发布年度军用技术转民用推广目录、军民两用技术与产品信息共享目录。")).toEqual(["军用技术转民用推广目录", "军民两用技术与产品信息共享目录"]);
  });

  it("drops a leading 完善 from a title after an issuing verb", () => {
    expect(titles("修订完善产业转移指导目录，引导产业转移。")).toEqual(["产业转移指导目录"]);
  });

  it("finds a document after 起草 and a work-points document", () => {
    expect(titles("组织起草了船舶工业节能减排指导意见，研究起草船舶工业2024年工作要点。")).toEqual(["船舶工业节能减排指导意见", "船舶工业2024年工作要点"]);
  });

  it("finds work rules and implementing rules, and drops a leading 一个", () => {
    expect(titles("研究制定船舶工业协调机制工作规则，编制一个船舶配套产业发展指导意见。")).toEqual(["船舶工业协调机制工作规则", "船舶配套产业发展指导意见"]);
  });

  it("finds a document after 实施 when the phrase ends like one", () => {
    expect(titles("实施船舶修理企业准入管理规定，实施海洋装备强基工程。")).toEqual(["船舶修理企业准入管理规定"]);
  });

  it("skips generic objects", () => {
    expect(titles("结合实际制定具体实施方案，根据国家产业政策和有关规定办理。")).toEqual([]);
  });
});
