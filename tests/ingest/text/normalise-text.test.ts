import { describe, expect, it } from "vitest";
import type { SourceText } from "../../../ingest/model";
import { normaliseText, toHalfWidth } from "../../../ingest/text/normalise-text";

function source(text: string): SourceText {
  return { file: "a.txt", docId: "doc:a", sha256: "0".repeat(64), encoding: "utf-8", text };
}

/** Every character of the result must come from the source at its recorded offset (modulo conversion). */
function expectOffsetsInRange(text: string, offsets: number[], sourceLength: number): void {
  expect(offsets).toHaveLength(text.length);
  for (const offset of offsets) {
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThan(sourceLength);
  }
}

describe("normaliseText", () => {
  it("takes a document that is one line of 330k characters (a minified page) without overflowing the stack", () => {
    const line = "工业和信息化部规划司负责工业强基工程。".repeat(18_000);
    const result = normaliseText(source(line));
    expect(result.text.length).toBe(line.length);
    expect(result.originalOffsets).toHaveLength(line.length);
  });

  it("converts traditional to simplified Chinese", () => {
    const result = normaliseText(source("工業和信息化部規劃司會同財政部，推進兩化深度融合。"));
    expect(result.text).toBe("工业和信息化部规划司会同财政部，推进两化深度融合。");
  });

  it("leaves simplified text untouched, including 显著 and 着力", () => {
    const text = "成效显著，着力提升。随着信息化发展，制造业面临着新机遇。";
    expect(normaliseText(source(text)).text).toBe(text);
  });

  it("writes the 着 of traditional text (著) as 着 but keeps 显著 and 著名", () => {
    const result = normaliseText(source("隨著經濟發展，著力推進，探測器軟著陸，意味著成效顯著，著名企業。"));
    expect(result.text).toBe("随着经济发展，着力推进，探测器软着陆，意味着成效显著，著名企业。");
    expect(normaliseText(source("成效显著重要，著力点")).text).toBe("成效显著重要，著力点");
  });

  it("converts mixed traditional and simplified text", () => {
    expect(normaliseText(source("工業和信息化部规划司：推進两化融合。")).text).toBe("工业和信息化部规划司：推进两化融合。");
  });

  it("turns full-width letters, digits, parentheses and spaces into half-width, keeping Chinese punctuation", () => {
    const result = normaliseText(source("ＩＭＴ－２０２０（５Ｇ）推进组　成立，“宽带中国”《规划》、完成：１００％；好！对？"));
    expect(result.text).toBe("IMT-2020(5G)推进组 成立，“宽带中国”《规划》、完成：100%；好！对？");
  });

  it("trims lines, collapses whitespace runs and drops blank lines", () => {
    expect(normaliseText(source("  第一行  \r\n\r\n　　第二　　行\t \n\n\n")).text).toBe("第一行\n第二 行");
  });

  it("drops a repeated paragraph after its first occurrence but keeps repeated short headings", () => {
    const paragraph = "一是落实出口退税等政策措施，支持高技术产品出口，稳定劳动密集型产品出口。";
    const text = ["2017年工作思路", paragraph, "2017年工作思路", paragraph, "二是扩大进口。"].join("\n");
    expect(normaliseText(source(text)).text).toBe(["2017年工作思路", paragraph, "2017年工作思路", "二是扩大进口。"].join("\n"));
  });

  it("compares paragraphs after normalisation, so a traditional copy of a paragraph is also dropped", () => {
    const simplified = "工业和信息化部推进两化深度融合，实施工业强基工程。";
    const traditional = "工業和信息化部推進兩化深度融合，實施工業強基工程。";
    expect(normaliseText(source(`${simplified}\n${traditional}`)).text).toBe(simplified);
  });

  it("records for each character its offset in the decoded text", () => {
    const raw = "标题\r\n\r\n　　工業（１）规划司。\n重复的段落内容足够长以至于会被认为是一个段落而去重。\n重复的段落内容足够长以至于会被认为是一个段落而去重。\n尾";
    const result = normaliseText(source(raw));
    expectOffsetsInRange(result.text, result.originalOffsets, raw.length);
    const at = (needle: string) => result.originalOffsets[result.text.indexOf(needle)];
    expect(at("业")).toBe(raw.indexOf("業"));
    expect(at("(1)")).toBe(raw.indexOf("（"));
    expect(at("尾")).toBe(raw.indexOf("尾"));
    expect(result.text.split("\n")).toHaveLength(4);
  });

  it("keeps file, docId and sha256", () => {
    expect(normaliseText(source("文本"))).toMatchObject({ file: "a.txt", docId: "doc:a", sha256: "0".repeat(64) });
  });
});

describe("toHalfWidth", () => {
  it("maps full-width ASCII and the ideographic space, and keeps ，：；！？", () => {
    expect(["Ａ", "ｚ", "０", "（", "）", "％", "　", "，", "：", "；", "！", "？", "《", "“"].map(toHalfWidth).join("")).toBe(
      "Az0()% ，：；！？《“",
    );
  });
});
