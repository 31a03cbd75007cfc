import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../ingest/extract/extract-document";
import { loadGazetteer } from "../../../../ingest/gazetteer/load-gazetteer";
import { aNormalisedText } from "../../builders";

const gazetteer = loadGazetteer([]);

function owns(text: string): string[] {
  const graph = extractDocument(aNormalisedText(text), gazetteer);
  return graph.relationships.filter((r) => r.type === "OWNS").map((r) => `${r.start} → ${r.end}`);
}

const OPENING = "国新办举行新闻发布会\n2019-05-10\n工业和信息化部副部长赵某某、工业和信息化部信息通信发展司司长钱某某出席发布会。\n";

describe("an official who speaks for the unit of his post", () => {
  it("gives the paragraphs after “X表示” to X's department", () => {
    const found = owns(`${OPENING}钱某某表示，我们将深化电信普遍服务试点。\n下一步，加快推进“宽带中国”战略。`);
    expect(found).toContain("bureau:信息通信发展司 → program:电信普遍服务试点");
    expect(found).toContain("bureau:信息通信发展司 → program:宽带中国");
    expect(found.some((f) => f.startsWith("ministry:工业和信息化部"))).toBe(false);
  });

  it("hands the word back at a question and keeps a sentence's own subject", () => {
    const found = owns(`${OPENING}钱某某表示，我们将深化电信普遍服务试点。\n记者：请介绍宽带网络的情况。\n财政部将组织实施“宽带中国”战略。`);
    expect(found).toContain("bureau:信息通信发展司 → program:电信普遍服务试点");
    expect(found).toContain("ministry:财政部 → program:宽带中国");
    expect(found).not.toContain("bureau:信息通信发展司 → program:宽带中国");
  });

  it("ignores a person named inside a clause, not as its speaker", () => {
    const found = owns(`${OPENING}会议期间，记者采访了企业代表，谈及钱某某表示的内容。我们将深化电信普遍服务试点。`);
    expect(found).not.toContain("bureau:信息通信发展司 → program:电信普遍服务试点");
  });
});
