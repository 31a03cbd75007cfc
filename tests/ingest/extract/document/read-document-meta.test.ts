import { describe, expect, it } from "vitest";
import { readDocumentMeta } from "../../../../ingest/extract/document/read-document-meta";
import { testGazetteer } from "../../builders";

describe("readDocumentMeta", () => {
  it("takes the title from the first line and the date from a meeting date in the opening lines", () => {
    const meta = readDocumentMeta("全国工业和信息化工作会议在京召开\n2014年12月25日，全国工业和信息化工作会议在京召开。", testGazetteer());
    expect(meta).toMatchObject({ title: "全国工业和信息化工作会议在京召开", date: "2014-12-25", year: 2014 });
    expect(meta.owner?.name).toBe("工业和信息化部");
  });

  it("reads a publication date and a document number", () => {
    const meta = readDocumentMeta("转发通知\n发布日期:2012-03-08\n粤府〔2012〕22号\n正文", testGazetteer());
    expect(meta).toMatchObject({ date: "2012-03-08", year: 2012, docNumber: "粤府〔2012〕22号" });
    expect(meta.owner).toBeUndefined();
  });

  it("without a date, dates a review-and-plan report in the year it reviews", () => {
    const text = "李四：做好工作\n2015年主要工作和成效\n2015年，规划司开展工作。\n2016年工作思路\n规划司将继续。";
    expect(readDocumentMeta(text, testGazetteer()).year).toBe(2015);
    expect(readDocumentMeta("报告摘要\n2012年工作总体要求\n内容", testGazetteer()).year).toBe(2011);
  });

  it("takes the issuer from the first signature, on the date's line or just above it", () => {
    const forwarded = "转发通知\n现将通知转发给你们。\n广东省人民政府\n二○一二年二月十七日\n通知正文。\n中华人民共和国国务院 二○一一年十二月三十日";
    expect(readDocumentMeta(forwarded, testGazetteer()).issuer).toBe("广东省人民政府");
    expect(readDocumentMeta("通知\n正文。\n中华人民共和国国务院 二○一一年十二月三十日", testGazetteer()).issuer).toBe("中华人民共和国国务院");
  });

  it("does not make a department collection a ministry report because its intro names the conference", () => {
    const meta = readDocumentMeta("工信部各司局2017年重点工作\n2016年12月26日，全国工业和信息化工作会议在京召开。", testGazetteer());
    expect(meta.owner).toBeUndefined();
  });
  it("takes the year of an undated review from its title or from an enumerated review heading", () => {
    expect(readDocumentMeta("科技司2018年工作回顾\n推进创新。", testGazetteer()).year).toBe(2018);
    expect(readDocumentMeta("科技司工作\n一、2016年主要工作\n推进创新。", testGazetteer()).year).toBe(2016);
    expect(readDocumentMeta("科技司工作\n（二）2017年工作思路\n推进创新。", testGazetteer()).year).toBe(2016);
  });

  it("reads a page's unlabelled date line in the common formats", () => {
    expect(readDocumentMeta("某新闻\n2016/7/5 09:30\n正文。", testGazetteer()).date).toBe("2016-07-05");
    expect(readDocumentMeta("某新闻\n20.11.2016 15:36\n正文。", testGazetteer()).date).toBe("2016-11-20");
    expect(readDocumentMeta("某新闻\n2016-11-22\n正文。", testGazetteer()).date).toBe("2016-11-22");
    expect(readDocumentMeta("某新闻\n发布于：2019-03-08\n正文。", testGazetteer()).date).toBe("2019-03-08");
  });

  it("takes the year from the document number when nothing else dates the text", () => {
    const meta = readDocumentMeta("关于某某建议的答复\n工信建议〔2021〕12号\n某某代表：", testGazetteer());
    expect(meta.date).toBeUndefined();
    expect(meta.year).toBe(2021);
  });

  it("does not read a number range or an impossible month as a date", () => {
    expect(readDocumentMeta("某新闻\n2016-13-40\n正文。", testGazetteer()).date).toBeUndefined();
  });
});

describe("readDocumentMeta on web pages and undated texts", () => {
  it("reads a publication stamp with its time on a source line, and ignores a site's calendar widget", () => {
    expect(readDocumentMeta("某某网\n某部发布新规划\n来源:某某新闻网   2019-12-29 21:45:28\n正文。", testGazetteer()).date).toBe("2019-12-29");
    const meta = readDocumentMeta("2030年1月5日\n星期六\n通知公告\n关于某某项目申报的通知\n正文。\n某某厅\n2018年10月22日", testGazetteer());
    expect(meta).toMatchObject({ date: "2018-10-22", year: 2018, title: "关于某某项目申报的通知" });
  });

  it("dates an undated reply by the parliament session it answers", () => {
    expect(readDocumentMeta("近日，某部发布了对十四届全国人大二次会议第1234号建议的答复。", testGazetteer()).year).toBe(2024);
    expect(readDocumentMeta("关于政协第十二届全国委员会第三次会议第56号提案的答复\n正文。", testGazetteer()).year).toBe(2015);
  });

  it("without any date, speaks from the latest year that opens a clause, not a target or a birth year", () => {
    const text = "某报讯 1月9日，某会议在京召开。会议指出，2028年较好完成了各项任务，2029年要抓好十个方面工作。到2035年基本实现目标。某某，1971年生。";
    expect(readDocumentMeta(text, testGazetteer()).year).toBe(2029);
  });

  it("does not take the year or the owner from a title cut out of body text", () => {
    const text = "会议回顾了2019年工作成效，全国工业和信息化工作会议精神要求各地认真贯彻落实，并对下一阶段的各项任务作出了具体的部署和安排。\n正文。";
    const meta = readDocumentMeta(text, testGazetteer());
    expect(meta.titleDerived).toBe(true);
    expect(meta.owner).toBeUndefined();
  });
});

describe("the year of an undated report that compares with a year-end", () => {
  it("is the year after the year-end its figures are compared with", () => {
    expect(readDocumentMeta("某某网络建设成效显著\n截至7月底，全国建成基站200万个，比2028年末净增50万个。", testGazetteer()).year).toBe(2029);
  });
});

describe("a month and day with the year stated elsewhere", () => {
  it("dates a review-and-plan meeting in the year it reviews when it meets at that year's end", () => {
    const meta = readDocumentMeta("工业互联网发展迈上新台阶\n12月22日，全国工业和信息化工作会议在北京举行，回顾2028年工作并安排2029年任务。", testGazetteer());
    expect(meta).toMatchObject({ date: "2028-12-22", year: 2028 });
    expect(readDocumentMeta("某某工作会议在京召开\n1月9日，某会议召开，总结2028年工作，部署2029年任务。", testGazetteer())).toMatchObject({ date: "2029-01-09", year: 2029 });
  });

  it("gives no date when no year can be found", () => {
    expect(readDocumentMeta("某司长调研\n1月22日，某司长到某协会调研。", testGazetteer()).date).toBeUndefined();
  });
});
