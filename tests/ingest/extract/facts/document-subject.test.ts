import { describe, expect, it } from "vitest";
import { documentSubject } from "../../../../ingest/extract/facts/document-subject";
import { extractDocument } from "../../../../ingest/extract/extract-document";
import { loadGazetteer } from "../../../../ingest/gazetteer/load-gazetteer";
import { aNormalisedText } from "../../builders";

const gazetteer = loadGazetteer([]);

function owns(text: string): string[] {
  const graph = extractDocument(aNormalisedText(text), gazetteer);
  return graph.relationships
    .filter((r) => r.type === "OWNS")
    .map((r) => `${r.start} → ${r.end} ${String((r.properties as { year?: number }).year)} ${(r.properties as { extractedBy: string[] }).extractedBy.join(",")}`);
}

describe("the document's acting subject", () => {
  it("owns, for a press conference, the programs of sentences that name no subject", () => {
    const found = owns("国新办举行新闻发布会介绍工业和信息化发展情况\n2021-04-21\n工业和信息化部副部长某某介绍情况。\n下一步，加快推进“宽带中国”战略。");
    expect(found.some((f) => f.startsWith("ministry:工业和信息化部 → program:宽带中国") && f.includes("document-subject"))).toBe(true);
  });

  it("ranks below a subject the sentence names itself", () => {
    const found = owns("国新办举行新闻发布会\n2021-04-21\n财政部将组织实施“宽带中国”战略。");
    expect(found.some((f) => f.startsWith("ministry:工业和信息化部"))).toBe(false);
  });

  it("gives a notice, personnel news or a provincial text no owner by genre", () => {
    const mentions = [{ start: 0, end: 7, surface: "工业和信息化部", entity: { label: "Ministry" as const, name: "工业和信息化部" }, source: "gazetteer" as const }];
    for (const kind of ["notice", "personnel-news", "provincial", "other"] as const) expect(documentSubject(kind, mentions, gazetteer)).toBeUndefined();
    expect(documentSubject("press-conference", mentions, gazetteer)).toEqual({ label: "Ministry", name: "工业和信息化部" });
  });
});

describe("a provincial text's acting subject", () => {
  it("is the regional body its opening names, up to the signature that closes its own voice", () => {
    const text = "浙江省经济和信息化厅关于推进某某工作的通知\n各市经信局：\n为做好相关工作，现就推进“宽带中国”战略有关事项通知如下。\n浙江省经济和信息化厅\n2019年3月5日\n附件：某某方案\n深入实施“工业强基工程”。";
    const found = owns(text).map((f) => f.split(" ").slice(0, 3).join(" "));
    expect(found).toContain("org:浙江省经济和信息化厅 → program:宽带中国");
    expect(found).not.toContain("org:浙江省经济和信息化厅 → program:工业强基工程");
  });
});
