import { describe, expect, it } from "vitest";
import type { Mention } from "../../../../ingest/extract/extraction-types";
import { findMentions } from "../../../../ingest/extract/mentions/find-mentions";
import { readDocumentMeta } from "../../../../ingest/extract/document/read-document-meta";
import { splitSections } from "../../../../ingest/extract/document/split-sections";
import { splitSentences } from "../../../../ingest/extract/document/split-sentences";
import { testGazetteer } from "../../builders";

function sentencesOf(text: string) {
  const g = testGazetteer();
  const meta = readDocumentMeta(text, g);
  const mentions: Mention[] = findMentions(text, g);
  return splitSentences(splitSections(text, meta, mentions, g), meta, g);
}

function yearOf(text: string, fragment: string): number | undefined {
  return sentencesOf(text).find((s) => s.text.includes(fragment))?.year;
}

describe("splitSentences", () => {
  const report = [
    "全国工业和信息化工作会议在京召开",
    "2014年12月25日，全国工业和信息化工作会议在京召开。",
    "会议指出，2014年全系统实施“宽带中国”战略。",
    "会议强调，到2015年底前要完成改革任务。一是深化行政审批改革。",
    "今年以来，节能工作取得进展。",
  ].join("\n");

  it("dates a sentence by a year it opens with and keeps that year for what follows", () => {
    expect(yearOf(report, "宽带中国")).toBe(2014);
  });

  it("moves to the next year when a passage names it, and back when it says 今年以来", () => {
    expect(yearOf(report, "深化行政审批改革")).toBe(2015);
    expect(yearOf(report, "节能工作")).toBe(2014);
  });

  it("does not take a far-off target year or an event's year as the year of the work", () => {
    const text = "无线电管理局：保障频率\n工业和信息化部无线电管理局局长 赵六\n2016年12月1日，会议召开。\n启动工信部2022年冬奥会筹备工作。继续开展专项活动。";
    expect(yearOf(text, "继续开展专项活动")).toBe(2016);
  });

  it("does not move to the next year for a year inside a cited title's period or an exact date", () => {
    const text = "年终总结\n2015年12月20日，本报记者采访。\n今年以来，落实《某某产业行动（2014-2016年）》要点。\n新办法将于2016年3月1日起施行。\n会同财政部开展试点。";
    expect(yearOf(text, "落实《某某")).toBe(2015);
    expect(yearOf(text, "新办法")).toBe(2015);
    expect(yearOf(text, "会同财政部")).toBe(2015);
  });

  it("gives an official text signed at its end the year of its signature", () => {
    const text = "转发通知\n发布日期:2012-03-08\n请贯彻执行。\n广东省人民政府\n二○一二年二月十七日\n工业和信息化部会同财政部编制规划。\n国务院 二○一一年十二月三十日\n规划正文。";
    expect(yearOf(text, "请贯彻执行")).toBe(2012);
    expect(yearOf(text, "会同财政部")).toBe(2011);
    expect(yearOf(text, "规划正文")).toBe(2011);
  });

  it("gives each sentence its offsets into the text", () => {
    for (const s of sentencesOf(report)) expect(report.slice(s.start, s.end)).toBe(s.text);
  });
});
