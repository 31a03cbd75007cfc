import { describe, expect, it } from "vitest";
import type { OwnsProperties } from "../../../cypher/model";
import { extractDocument } from "../../../ingest/extract/extract-document";
import { normaliseText } from "../../../ingest/text/normalise-text";
import { aNormalisedText, edges, mentionedIds, testGazetteer } from "../builders";

const REPORT_2015 = [
  "全国工业和信息化工作会议在京召开",
  "2014年12月25日，全国工业和信息化工作会议在京召开。工业和信息化部部长苗圩作工作报告。",
  "会议指出，2014年全系统深入实施“宽带中国”战略，启动实施智能制造试点示范专项行动，会同财政部开展工作。",
  "会议要求，明年要全面推进两化深度融合，组织实施“互联网+”行动计划，与国家发改委合作推进国际产能合作。",
].join("\n");

const DEPARTMENT_INTERVIEW = [
  "电子信息司：推动集成电路产业发展",
  "工业和信息化部电子信息司司长 王五",
  "2015年工作回顾",
  "2015年，电子信息司组织实施“芯火”创新计划，联合科技部推进国家集成电路产业投资基金设立。",
  "2016年工作思路",
  "一是继续实施集成电路重大专项。二是会同国家发展改革委、财政部开展智能硬件试点示范。",
].join("\n");

describe("extractDocument", () => {
  it("makes the ministry own the programs of a work-conference report, dated by the report's year and 明年", () => {
    const graph = extractDocument(aNormalisedText(REPORT_2015), testGazetteer());
    expect(edges(graph, "OWNS")).toEqual(expect.arrayContaining([
      "ministry:工业和信息化部→program:宽带中国@2014",
      "ministry:工业和信息化部→program:智能制造试点示范专项行动@2014",
      "ministry:工业和信息化部→program:两化融合@2015",
      "ministry:工业和信息化部→program:互联网+@2015",
    ]));
    expect(edges(graph, "COLLABORATES")).toEqual(["ministry:工业和信息化部→ministry:财政部@2014", "ministry:工业和信息化部→ministry:国家发展改革委@2015"]);
  });

  it("makes a department the owner in its interview and gives it its head", () => {
    const graph = extractDocument(aNormalisedText(DEPARTMENT_INTERVIEW), testGazetteer());
    expect(edges(graph, "OWNS")).toEqual([
      "bureau:电子信息司→program:芯火@2015",
      "bureau:电子信息司→program:国家集成电路产业投资基金@2015",
      "bureau:电子信息司→program:集成电路重大专项@2016",
      "bureau:电子信息司→program:智能硬件试点示范@2016",
    ]);
    expect(edges(graph, "HOLDS")).toEqual(["person:王五→bureau:电子信息司@2015"]);
    expect(edges(graph, "PART_OF")).toContain("bureau:电子信息司→ministry:工业和信息化部");
  });

  it("keeps each evidence sentence with its offsets in the text", () => {
    const doc = aNormalisedText(DEPARTMENT_INTERVIEW);
    const owns = extractDocument(doc, testGazetteer()).relationships.find((r) => r.type === "OWNS" && r.end === "program:芯火");
    const p = owns?.properties as OwnsProperties;
    expect(p.count).toBe(1);
    expect(p.evidenceDocIds).toEqual([doc.docId]);
    expect(doc.text.slice(p.evidenceStarts[0], p.evidenceEnds[0])).toBe(p.evidence[0]);
  });

  it("names a notice's own title as a document without making the notice cite itself", () => {
    const doc = aNormalisedText("关于开展试点工作的通知 - 某部网站\n关于开展试点工作的通知\n发布日期:2016-05-01\n请贯彻落实《电信条例》。", { file: "201_abc.txt" });
    const graph = extractDocument(doc, testGazetteer());
    expect(graph.nodes.map((n) => n.id)).toContain("doc:关于开展试点工作的通知");
    expect(edges(graph, "CITES")).toEqual(["doc:201_abc→doc:电信条例"]);
  });

  it("describes the source document and links the titles it cites", () => {
    const doc = aNormalisedText("关于印发规划的通知\n发布日期:2016-05-01\n请贯彻落实《电信条例》。", { file: "200_abc.txt" });
    const graph = extractDocument(doc, testGazetteer());
    expect(graph.nodes[0]).toMatchObject({ id: "doc:200_abc", labels: ["Document"], properties: { file: "200_abc.txt", date: "2016-05-01", year: 2016, source: true } });
    expect(edges(graph, "CITES")).toEqual(["doc:200_abc→doc:电信条例"]);
    expect(mentionedIds(graph, "doc:200_abc")).toContain("doc:电信条例");
  });

  it("links the document to the org that signs it", () => {
    const text = "转发通知\n发布日期:2012-03-08\n请认真贯彻执行。\n广东省人民政府\n二○一二年二月十七日";
    expect(edges(extractDocument(aNormalisedText(text), testGazetteer()), "ISSUED_BY")).toEqual(["doc:100_test→org:广东省人民政府"]);
  });

  it("reads a traditional-character news item about a bureau after normalisation", () => {
    const text = "工業和信息化部召開座談會\n2019年5月10日，工業和信息化部中小企業局召開座談會。中小企業局局長馬向暉出席並講話。浙江省經信委副主任王明介紹經驗。";
    const graph = extractDocument(normaliseText({ file: "t.txt", docId: "doc:t", sha256: "x", encoding: "utf-8", text }), testGazetteer());
    expect(graph.nodes[0]?.properties).toMatchObject({ date: "2019-05-10", year: 2019 });
    expect(edges(graph, "HOLDS")).toEqual(["person:马向晖→bureau:中小企业局@2019", "person:王明→org:浙江省经济和信息化委员会@2019"]);
  });

  it("does not let a plan without an owner own anything", () => {
    const graph = extractDocument(aNormalisedText("工业发展规划\n实施工业强基工程，推进两化深度融合。"), testGazetteer());
    expect(edges(graph, "OWNS")).toEqual([]);
    expect(mentionedIds(graph, "doc:100_test")).toEqual(expect.arrayContaining(["program:工业强基工程", "program:两化融合"]));
  });
});
