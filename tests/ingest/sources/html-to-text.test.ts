import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../ingest/sources/html-to-text";

describe("htmlToText", () => {
  it("keeps the title and the body's text, one line per block element", () => {
    const html = `<!doctype html><html><head><title>工信部2017年重点工作</title><meta charset="utf-8"></head>
      <body><h1>规划司</h1><div><p>以实施“中国制造2025”为主线，</p><p>推进工业强基工程。</p></div>
      <ul><li>两化融合</li><li>宽带中国</li></ul>第一行<br>第二行</body></html>`;
    expect(htmlToText(html).split("\n")).toEqual([
      "工信部2017年重点工作",
      "规划司",
      "以实施“中国制造2025”为主线，",
      "推进工业强基工程。",
      "两化融合",
      "宽带中国",
      "第一行",
      "第二行",
    ]);
  });

  it("drops scripts, styles and comments", () => {
    const html = `<body><script>var x = "<p>不要</p>"; if (a < b) {}</script><style>p { color: red }</style><!-- 注释 --><p>正文</p><noscript>无脚本</noscript></body>`;
    expect(htmlToText(html)).toBe("正文");
  });

  it("decodes character entities", () => {
    expect(htmlToText("<p>&lt;规划&gt; &amp; &quot;标准&quot; &#20013;&#x56FD; &nbsp;&ldquo;双创&rdquo;</p>")).toBe('<规划> & "标准" 中国 “双创”');
  });

  it("does not turn a source line break between Chinese characters into a space", () => {
    expect(htmlToText("<p>工业和\n   信息化部 苗圩</p>")).toBe("工业和信息化部 苗圩");
  });

  it("separates table cells and puts each row on its own line", () => {
    expect(htmlToText("<table><tr><td>指标</td><td>2015年</td></tr><tr><td>增速</td><td>8%</td></tr></table>")).toBe("指标 2015年\n增速 8%");
  });
});
