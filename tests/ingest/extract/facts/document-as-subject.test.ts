import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../ingest/extract/extract-document";
import { aNormalisedText, testGazetteer } from "../../builders";

function owns(text: string): string[] {
  const graph = extractDocument(aNormalisedText(text), testGazetteer());
  return graph.relationships.filter((r) => r.type === "OWNS").map((r) => `${r.start} → ${r.end} ${String((r.properties as { year?: number }).year)}`);
}

const ISSUED = "某部发布新规划\n2030-03-01\n工业和信息化部联合科技部正式印发《某某产业发展规划》。\n";

describe("a document that speaks for the org that issued it", () => {
  it("gives what 《规划》 deploys to its issuer, and the rest of the paragraph too", () => {
    const found = owns(`${ISSUED}《规划》部署了“宽带中国”战略；以专栏形式提出工业强基工程。`);
    expect(found).toEqual(expect.arrayContaining(["ministry:工业和信息化部 → program:宽带中国 2030", "ministry:工业和信息化部 → program:工业强基工程 2030"]));
  });

  it("does nothing for a document no org was shown issuing, or one that is only mentioned", () => {
    expect(owns("某新闻\n2030-03-01\n《某某产业发展规划》部署了“宽带中国”战略。")).toEqual([]);
    expect(owns(`${ISSUED}专家认为，《规划》的实施将有助于“宽带中国”战略。`)).toEqual([]);
  });
});

describe("who may own a program", () => {
  it("is a department, a ministry or a regional government body, not a company or an association", () => {
    expect(owns("某新闻\n2030-03-01\n近日，中国某某商会发布报告，评价“宽带中国”战略。")).toEqual([]);
    expect(owns("某新闻\n2030-03-01\n浙江省经济和信息化厅组织实施“宽带中国”战略。")).toEqual(["org:浙江省经济和信息化厅 → program:宽带中国 2030"]);
  });
});
