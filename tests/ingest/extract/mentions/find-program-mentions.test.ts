import { describe, expect, it } from "vitest";
import { findMentions } from "../../../../ingest/extract/mentions/find-mentions";
import { findProgramMentions } from "../../../../ingest/extract/mentions/find-program-mentions";
import { testGazetteer } from "../../builders";

function programs(text: string): string[] {
  return findMentions(text, testGazetteer()).filter((m) => m.entity.label === "Program").map((m) => m.entity.name);
}

describe("findProgramMentions", () => {
  it("does not read a field of engineering as a program", () => {
    expect(programs("推广应用表面工程、食品生物工程等技术。")).toEqual([]);
  });

  it("starts a name after 以上 or 各类, not inside them", () => {
    expect(programs("建成50个以上茶叶精深加工示范基地，依托现有各类产业基地。")).toEqual(["茶叶精深加工示范基地"]);
  });

  it("keeps a year inside a name when a topic stands before it, not a bare year", () => {
    expect(programs("启动数据安全2023年专项行动，开展2023年专项行动。")).toEqual(["数据安全2023年专项行动"]);
  });

  it("leaves the category word of a list out of the name that follows it", () => {
    expect(programs("推进造纸、印染等行业节水改造试点，实施行业数据服务工程。")).toEqual(["节水改造试点", "行业数据服务工程"]);
  });

  it("reads a proper conference, an exhibition and a cooperation project as programs", () => {
    expect(programs("支持召开2021中国数字医疗大会，主办世界储能展览会，推进中法航空发动机合作项目。")).toEqual(["2021中国数字医疗大会", "世界储能展览会", "中法航空发动机合作项目"]);
  });

  it("does not read the meeting of a body as a program", () => {
    expect(programs("召开职工代表大会，举行年度表彰大会。")).toEqual([]);
  });

  it("does not make a name of an ordinal before a program word", () => {
    expect(programs("第二个工程是海洋装备强基工程。")).toEqual(["海洋装备强基工程"]);
  });

  it("reads a quoted name followed by 企业 or 平台, and a quoted year-campaign followed by 活动", () => {
    expect(programs("扶持“链主”企业，建设“智慧工信”平台，开展“服务提升年”活动。")).toEqual(["链主", "智慧工信", "服务提升年"]);
  });

  it("still rejects a bare quoted year slogan", () => {
    expect(programs("今年是“服务提升年”。")).toEqual([]);
  });

  it("ends a suffix-found name before a predicate word (即将, 扎实, 按计划, 引导)", () => {
    expect(programs("船舶数字化车间试点即将启动，海上风电护航专项行动扎实推进。")).toEqual(["船舶数字化车间试点", "海上风电护航专项行动"]);
    expect(programs("确保频谱清理专项活动按计划推进，发挥产业升级引导资金引导作用。")).toEqual(["频谱清理专项活动", "产业升级引导资金"]);
  });

  it("does not start a name with 是, 依据 or 展示", () => {
    expect(programs("此次遴选依据专项行动方案，并集中展示试点示范成效。")).toEqual([]);
  });

  it("names a quoted program by its core and keeps the spelled-out form as an alias", () => {
    const [m] = findProgramMentions("启动“星火燎原”专项行动。", testGazetteer()).filter((x) => x.source === "quote");
    expect(m?.entity.name).toBe("星火燎原");
    expect(m?.aliases).toContain("星火燎原专项行动");
  });

  it("starts a fund's name after the verb that allocates it", () => {
    expect(programs("财政部下达工业节能引导资金。")).toEqual(["工业节能引导资金"]);
  });

  it("reads a quoted name after a verb with 了 as acted on", () => {
    expect(programs("今年启动了“星火燎原”，效果明显。")).toEqual(["星火燎原"]);
  });

  it("ends a name at a count that follows it", () => {
    expect(programs("新认定国家新材料应用示范平台35家。")).toEqual(["国家新材料应用示范平台"]);
  });

  it("does not make a name of a bare 试点 after a preposition or a verb of choosing", () => {
    expect(programs("财政部通过资金对试点给予奖励，择优确定试点，各地要高度重视试点。")).toEqual([]);
  });

  it("cuts an unquoted name after the action word before it and drops counts", () => {
    expect(programs("启动实施海洋装备强基工程，认定了46家绿色制造示范企业。")).toEqual(["海洋装备强基工程", "绿色制造示范企业"]);
  });

  it("spreads a suffix over the items listed before 等", () => {
    expect(programs("深化区域绿色转型、煤炭清洁利用、低碳园区等试点工作。")).toEqual(["区域绿色转型试点", "煤炭清洁利用试点", "低碳园区试点"]);
  });

  it("splits two programs joined by 和", () => {
    expect(programs("实施工业强基工程和战略性新兴产业发展专项。")).toEqual(["工业强基工程", "战略性新兴产业发展专项"]);
  });

  it("ignores slogans and counters in quotes and bare program words", () => {
    expect(programs("实现“三步走”战略，完成“四个一”，开展试点，迎接“能力提升年”活动。")).toEqual([]);
  });

  it("resolves every spelling of a known program to one name", () => {
    expect(new Set(programs("落实《中国制造2025》，实施“中国制造2025”，推进中国制造2025。"))).toEqual(new Set(["中国制造2025"]));
  });

  it("accepts a quoted name right after an action word", () => {
    expect(programs("认真推行“放心消费进万家”。")).toEqual(["放心消费进万家"]);
  });

  it("reads a special inspection and a sector's emission or production campaign as programs", () => {
    expect(programs("会同有关部门开展水泥产能置换专项督查。推动焦化行业超低排放改造，落实玻璃行业错峰生产。")).toEqual([
      "水泥产能置换专项督查",
      "焦化行业超低排放改造",
      "玻璃行业错峰生产",
    ]);
  });

  it("does not start a program name with the verb 布局建设", () => {
    expect(programs("布局建设稀土功能材料示范平台。")).toEqual(["稀土功能材料示范平台"]);
  });

  it("does not start a program name with the verb 推广", () => {
    expect(programs("推广“百企登云”试点经验。")).toEqual(["百企登云"]);
  });

  it("keeps a coordination inside one name when the part after 及 is too short to stand alone", () => {
    expect(programs("组织实施6G网络建设及应用示范工程。实施钢铁工业示范工程和有色金属创新发展专项。")).toEqual([
      "6G网络建设及应用示范工程",
      "钢铁工业示范工程",
      "有色金属创新发展专项",
    ]);
  });

  it("reads a numbered mission and a city demonstration as programs", () => {
    expect(programs("圆满完成天宫二号任务。开展创业孵化基地城市示范。")).toEqual(["天宫二号任务", "创业孵化基地城市示范"]);
  });
});
