import { describe, expect, it } from "vitest";
import { findPeriodPlans } from "../../../../ingest/extract/mentions/find-period-plans";
import { testGazetteer } from "../../builders";

function plans(text: string): string[] {
  return findPeriodPlans(text, testGazetteer()).map((m) => m.entity.name);
}

describe("findPeriodPlans", () => {
  it("finds a five-year plan cited without 《》, with its topic", () => {
    expect(plans("扎实推进“十四五”规划实施，启动港口机械“十五五”规划编制。")).toEqual(["十四五规划", "港口机械十五五规划"]);
  });

  it("starts the topic after the verb or joint before it", () => {
    expect(plans("明年是全面完成脱贫任务和“十三五”规划收官之年，要落实国家“十三五”规划纲要。")).toEqual(["十三五规划", "国家十三五规划纲要"]);
  });

  it("skips the study towards a plan, a cited title and the plans of many industries", () => {
    expect(plans("开展“十五五”规划前期研究，印发《“十四五”港口发展规划》，指导各行业“十四五”发展规划。")).toEqual([]);
    expect(plans("指导造纸、印染等行业“十四五”发展规划编制。")).toEqual([]);
  });
});
