import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../ingest/extract/extract-document";
import { aNormalisedText, testGazetteer } from "../../builders";

/** OWNS as "owner → program year". */
function owns(text: string): string[] {
  const graph = extractDocument(aNormalisedText(text), testGazetteer());
  return graph.relationships.filter((r) => r.type === "OWNS").map((r) => `${r.start} → ${r.end} ${String((r.properties as { year?: number }).year)}`);
}

const MIIT = "ministry:工业和信息化部";

describe("years stated inside the text", () => {
  it("keeps the review in the report's year after an agenda that names the next year, and after 会议认为，今年以来", () => {
    const text = "某会议召开\n2030年12月20日，某会议在北京召开。\n会议听取了各地汇报，对2030年工作进行总结，并对2031年重点任务作出安排。\n会议认为，今年以来，工业和信息化部大力推进“宽带中国”战略。";
    expect(owns(text)).toContain(`${MIIT} → program:宽带中国 2030`);
  });

  it("dates the list after a past year put under review", () => {
    const text = "国新办举行新闻发布会\n2030-01-20\n工信部副部长某某通报2029年工业和通信业运行情况。\n1、实施“宽带中国”专项行动，推进电信普遍服务试点。";
    expect(owns(text)).toContain(`${MIIT} → program:电信普遍服务试点 2029`);
  });

  it("reads 截至目前 as the document's time, not the last year named", () => {
    const text = "关于某某提案答复的函\n2030-06-30\n2026年以来，我部组织实施“工业强基工程”。截至目前，我部共推进“宽带中国”战略。";
    expect(owns(text)).toContain(`${MIIT} → program:宽带中国 2030`);
  });

  it("dates a sentence that opens with a month of a year, and a later clause by its own year", () => {
    expect(owns("某新闻\n2030-05-01\n2029年，工信部推进智能制造。2026年8月，工信部实施“宽带中国”战略。")).toContain(`${MIIT} → program:宽带中国 2026`);
    const clauses = owns("某新闻\n2030-05-01\n工信部2030年实施“工业强基工程”，2031年还将推进“宽带中国”战略。");
    expect(clauses).toEqual(expect.arrayContaining([`${MIIT} → program:工业强基工程 2030`, `${MIIT} → program:宽带中国 2031`]));
  });
});

describe("subjects behind a date or a connective", () => {
  it("finds the subject after a year, a date or 特别是, and before a date", () => {
    expect(owns("某新闻\n2030-05-01\n2029年工信部推进“宽带中国”战略。")).toContain(`${MIIT} → program:宽带中国 2029`);
    expect(owns("某新闻\n2030-05-01\n3月5日工信部组织实施“工业强基工程”。")).toContain(`${MIIT} → program:工业强基工程 2030`);
    expect(owns("某新闻\n2030-05-01\n特别是工信部制定了《“宽带中国”战略实施方案》。")).toContain(`${MIIT} → program:宽带中国 2030`);
  });
});

describe("programs that are not the subject's own", () => {
  it("are not owned when the subject only follows another body's plan (按照X关于Y的部署)", () => {
    const found = owns("某新闻\n2030-05-01\n按照国务院关于推进“宽带中国”战略的部署，工信部组织实施“工业强基工程”。");
    expect(found).toContain(`${MIIT} → program:工业强基工程 2030`);
    expect(found).not.toContain(`${MIIT} → program:宽带中国 2030`);
  });

  it("does not make an org that qualifies a document (国务院发布的《…》) the topic of what follows", () => {
    const found = owns("某新闻\n2030-05-01\n2029年8月，国务院发布的《某某规划》提出新的要求。我部随后推进“宽带中国”战略。");
    expect(found.some((f) => f.startsWith("ministry:国务院"))).toBe(false);
  });
});

describe("the year a plan with a period was issued", () => {
  it("is the period's first year when the text states no year for the issuing", () => {
    const found = owns("某某网络建设成效显著\n近日，在新闻发布会上，有关负责人介绍了情况，比2028年末净增基站50万个。\n工业和信息化部会同有关部门出台《某某网络协同发展行动计划(2026-2028年)》等政策文件。");
    expect(found).toContain(`${MIIT} → program:某某网络协同发展行动计划(2026-2028年) 2026`);
  });

  it("keeps a year the text states, and a document named after the plan", () => {
    const review = owns("某司工作回顾\n2027年主要工作\n2027年，工业和信息化部发布《某某产业发展行动计划(2026-2030年)》。");
    expect(review).toContain(`${MIIT} → program:某某产业发展行动计划(2026-2030年) 2027`);
    const points = owns("某某网络建设成效显著\n截至目前，比2028年末净增基站50万个。\n工业和信息化部发布《某某产业发展行动计划(2026-2030年)》年度工作要点。");
    expect(points.some((f) => f.endsWith(" 2026"))).toBe(false);
  });
});
