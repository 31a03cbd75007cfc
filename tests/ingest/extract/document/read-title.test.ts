import { describe, expect, it } from "vitest";
import { readTitle } from "../../../../ingest/extract/document/read-title";
import { testGazetteer } from "../../builders";

function titleOf(text: string): ReturnType<typeof readTitle> {
  return readTitle(text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0), testGazetteer().lexicon);
}

describe("the title below a page's chrome", () => {
  it("skips site names, navigation, breadcrumbs, English taglines and date lines", () => {
    const chrome = ["某某信息网 | 首页 | 资讯", "您的位置：首页 > 政务 > 正文", "要闻动态", "| | :", "Serving the Nation", "2019-06-03 10:20", "来源：某某日报"];
    for (const line of chrome) expect(titleOf(`${line}\n某省推进工业互联网创新发展\n正文第一句。`)).toEqual({ title: "某省推进工业互联网创新发展", derived: false });
  });

  it("keeps the headline of a line that puts a category label before it, and drops decoration", () => {
    expect(titleOf("人事动态|某某被任命为某部副部长\n正文。").title).toBe("某某被任命为某部副部长");
    expect(titleOf("工信部部署明年重点任务******\n正文。").title).toBe("工信部部署明年重点任务");
  });

  it("makes a title from the opening of a page whose first line is body text, and marks it", () => {
    const body = "近日，某某部召开会议，研究部署下一阶段的重点工作，会议强调要加快推进制造业数字化转型和绿色低碳发展。";
    expect(titleOf(`${body}\n第二段。`)).toEqual({ title: "近日，某某部召开会议，研究部署下一阶段的重点工作，会议强调要…", derived: true });
    const long = `会议要求${"各地要加快推进工作，".repeat(12)}`;
    expect(titleOf(long).derived).toBe(true);
  });
});
