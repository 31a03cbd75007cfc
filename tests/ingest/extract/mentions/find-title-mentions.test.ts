import { describe, expect, it } from "vitest";
import { findTitleMentions, titleCore } from "../../../../ingest/extract/mentions/find-title-mentions";
import { testGazetteer } from "../../builders";

describe("findTitleMentions", () => {
  it("drops a title that the text also uses as a programme or paper's name", () => {
    const text = "部长将做客《对话实体经济》，欢迎收看《对话实体经济》；《晨星日报》早前报道了此事。";
    expect(findTitleMentions(text, testGazetteer())).toEqual([]);
  });

  it("keeps a document cited after 根据", () => {
    expect(findTitleMentions("根据《关于开展试点工作的通知》要求。", testGazetteer()).map((m) => m.entity.name)).toEqual(["关于开展试点工作的通知"]);
  });

  it("labels a cited title a Document and an initiative's title a Program", () => {
    const found = findTitleMentions("贯彻《电信条例》，印发《智能硬件产业创新发展专项行动(2016-2018年)》，实施《中国制造2025》。", testGazetteer());
    expect(found.map((m) => [m.entity.label, m.entity.name])).toEqual([
      ["Document", "电信条例"],
      ["Program", "智能硬件产业创新发展专项行动(2016-2018年)"],
      ["Program", "中国制造2025"],
    ]);
  });

  it("resolves a short title to the full title it abbreviates", () => {
    const found = findTitleMentions("编制发布《国家无线电管理规划(2016-2020年)》。积极推进《规划》宣贯落实。", testGazetteer());
    expect(found[1]?.entity.name).toBe("国家无线电管理规划(2016-2020年)");
    expect(found[0]?.aliases).toContain("国家无线电管理规划");
  });

  it("strips a trailing period or edition from the core", () => {
    expect(titleCore("行政许可标准化指引(2016版)")).toBe("行政许可标准化指引");
    expect(titleCore("国家增材制造行动计划2017-2020")).toBe("国家增材制造行动计划");
  });
});
