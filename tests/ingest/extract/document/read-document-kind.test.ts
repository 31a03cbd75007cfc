import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../../../ingest/gazetteer/load-gazetteer";
import { readDocumentKind } from "../../../../ingest/extract/document/read-document-kind";
import { readDocumentMeta } from "../../../../ingest/extract/document/read-document-meta";

const gazetteer = loadGazetteer([]);

describe("readDocumentKind", () => {
  it("reads a reply to a deputy's suggestion before the notice words it also holds", () => {
    expect(readDocumentKind("关于某届某次会议第1234号建议的答复的通知\n某某代表：您提出的建议收悉。", undefined, gazetteer)).toBe("proposal-reply");
  });

  it("reads appointment news from its headline", () => {
    expect(readDocumentKind("国务院任命某某为工业和信息化部副部长\n新华社北京电", undefined, gazetteer)).toBe("personnel-news");
  });

  it("reads a press conference named in the page's breadcrumb", () => {
    expect(readDocumentKind("当前位置：首页 > 新闻发布会 > 正文\n某某就某某情况举行发布会", undefined, gazetteer)).toBe("press-conference");
  });

  it("tells a provincial department's conference from the national one", () => {
    expect(readDocumentKind("某省无线电管理工作会议召开\n省工业和信息化厅副厅长某某出席会议并讲话。", undefined, gazetteer)).toBe("provincial");
  });

  it("makes a notice of several issuers a joint notice", () => {
    expect(readDocumentKind("工业和信息化部 财政部关于开展某某试点工作的通知", "工业和信息化部 财政部", gazetteer)).toBe("joint-notice");
    expect(readDocumentKind("工业和信息化部关于开展某某试点工作的通知", "工业和信息化部", gazetteer)).toBe("notice");
  });

  it("calls a text without any cue other", () => {
    expect(readDocumentKind("今天天气晴朗。", undefined, gazetteer)).toBe("other");
  });
});

describe("the headline before the opening", () => {
  it("reads the genre from the headline when the opening names another event first", () => {
    const text = "某司2030年重点工作和思路\n2029年12月26日，全国工业和信息化工作会议在京召开。各司局负责人介绍了工作。";
    expect(readDocumentMeta(text, gazetteer).kind).toBe("bureau-review");
  });
});

describe("a notice a region signs", () => {
  it("is a provincial text, even when it forwards a national one", () => {
    const text = "转发国务院关于印发某某规划的通知\n各市人民政府：\n现将《国务院关于印发某某规划的通知》转发给你们，请认真贯彻执行。\n浙江省人民政府\n二○三○年二月十七日";
    expect(readDocumentMeta(text, gazetteer).kind).toBe("provincial");
  });
});
