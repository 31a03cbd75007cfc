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

describe("htmlToText on a government portal page", () => {
  const page = `<html><head><title>某司负责同志解读《某行动计划》_政策解读_中华人民共和国工业和信息化部</title></head><body>
    <nav class="top"><ul><li>首页</li><li>政务公开</li></ul></nav>
    <div class="crumb">当前位置：首页 &gt; 政策解读</div>
    <div class="article"><h1>某司负责同志解读《某行动计划》</h1><div class="info">发布时间：2017-12-25</div><p>正文第一段。</p></div>
    <div id="footer">主办单位：某网站</div><footer>版权所有</footer></body></html>`;

  it("takes the article's h1 as the title line and does not repeat it", () => {
    expect(htmlToText(page).split("\n")).toEqual(["某司负责同志解读《某行动计划》", "发布时间：2017-12-25", "正文第一段。"]);
  });

  it("drops navigation, breadcrumbs and footers marked by element, class or id", () => {
    expect(htmlToText(page)).not.toMatch(/首页|当前位置|主办单位|版权所有/);
  });

  it("strips the site suffix from <title> when the page has no single h1", () => {
    expect(htmlToText("<title>关于开展试点工作的通知 - 工业和信息化部</title><p>正文</p>").split("\n")[0]).toBe("关于开展试点工作的通知");
  });
});
