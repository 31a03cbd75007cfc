import { describe, expect, it } from "vitest";
import { citationOf, factsWithCitations } from "../../../web/src/graph/citation";
import type { DrillDownResponse } from "../../../web/shared/api-types";

const item = { text: "推进工业转型升级。", docId: "doc:002", docTitle: "转发通知", docIssuer: "广东省人民政府", docDate: "2012-03-08", docNumber: "粤府〔2012〕22号", start: 10, end: 19 };

describe("citations", () => {
  it("name the document, issuer, date, number, the sentence and its offsets; only the parts known", () => {
    expect(citationOf(item, "zh")).toBe("《转发通知》，广东省人民政府，2012-03-08，粤府〔2012〕22号：“推进工业转型升级。”（第10–19字）");
    expect(citationOf({ text: "甲。", docId: "doc:9" }, "en")).toBe("doc:9: “甲。”");
  });

  it("export every fact's sentences as CSV rows with their citation fields", () => {
    const drill = {
      node: { id: "ministry:工业和信息化部", label: "Ministry", name: "工业和信息化部", aliases: [], properties: {} },
      years: [2011],
      lineage: { predecessors: [], successors: [] },
      programs: [{ id: "program:工业转型升级", name: "工业转型升级", cells: [{ year: 2011, count: 1, evidence: [item] }] }],
      people: [],
      collaborators: [],
      documents: [],
      owners: [],
    } satisfies DrillDownResponse;
    const lines = factsWithCitations(drill).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("fact,from,to,year,title,sentence,document,issuer,date,docNumber,start,end,method,confidence,docId");
    expect(lines[1]).toBe("OWNS,工业和信息化部,工业转型升级,2011,,推进工业转型升级。,转发通知,广东省人民政府,2012-03-08,粤府〔2012〕22号,10,19,,,doc:002");
  });
});
