import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/extract/mentions/find-mentions";
import { testGazetteer } from "../builders";

function programs(text: string): string[] {
  return findMentions(text, testGazetteer()).filter((m) => m.entity.label === "Program").map((m) => m.entity.name);
}

/** The bundled programs.yaml: the standard national programs are known by any of their usual names. */
describe("programs.yaml", () => {
  it("knows the policy campaigns written as short slogans", () => {
    expect(programs("各地要统筹做好“六稳”工作，落实“六保”任务，推进钢铁去产能。")).toEqual(["六稳", "六保", "去产能"]);
  });

  it("knows the telecom generations and the gigabit programs", () => {
    expect(programs("从3G、4G走向5G，加快千兆光纤网络和“双千兆”建设。")).toEqual(["3G", "4G", "5G研发", "千兆光网", "双千兆"]);
  });

  it("prefers the longer enterprise-cultivation program over its umbrella", () => {
    expect(programs("新增专精特新“小巨人”企业300家，国家级绿色工厂200家。")).toEqual(["专精特新“小巨人”企业", "绿色工厂"]);
  });

  it("knows the flagship engineering projects the reviews count as results", () => {
    expect(programs("C919投入商业运营，“华龙一号”机组并网，“嫦娥六号”返回。")).toEqual(["C919", "华龙一号", "嫦娥六号"]);
  });

  it("knows the national science and technology megaprojects and the 2030 major projects", () => {
    expect(programs("承担重大新药创制和天地一体化信息网络任务。")).toEqual(["重大新药创制", "天地一体化信息网络"]);
  });

  it("knows the industry revitalisation plans under either count", () => {
    expect(programs("落实九大产业调整和振兴规划。")).toEqual(["重点产业调整振兴规划"]);
  });

  it("knows the programs of the 2020s", () => {
    expect(programs("推动大规模设备更新，开展“信号升格”专项行动，深化“智改数转网联”。")).toEqual(["大规模设备更新", "信号升格专项行动", "智改数转网联"]);
  });

  it("keeps the generic 实名制 of other registers out of the telephone program", () => {
    expect(programs("落实域名注册实名制。")).toEqual([]);
  });
});
