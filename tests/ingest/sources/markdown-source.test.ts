import { describe, expect, it } from "vitest";
import { markdownToText } from "../../../ingest/sources/markdown-source";

describe("markdownToText", () => {
  it("removes heading, quote and bullet markers, emphasis, code fences and link targets", () => {
    const markdown = [
      "# 工信部2017年重点工作",
      "",
      "> 以实施**“中国制造2025”**为主线",
      "- 推进[工业强基工程](https://example.org/a)",
      "* 实施*智能制造*专项",
      "1. 第一项",
      "```",
      "---",
      "![图](x.png)和`代码`",
    ].join("\n");
    expect(markdownToText(markdown).split("\n")).toEqual([
      "工信部2017年重点工作",
      "",
      "以实施“中国制造2025”为主线",
      "推进工业强基工程",
      "实施智能制造专项",
      "1. 第一项",
      "图和代码",
    ]);
  });
});
