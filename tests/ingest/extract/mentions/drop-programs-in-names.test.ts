import { describe, expect, it } from "vitest";
import { findMentions } from "../../../../ingest/extract/mentions/find-mentions";
import { testGazetteer } from "../../builders";

function programs(text: string): string[] {
  return findMentions(text, testGazetteer()).filter((m) => m.entity.label === "Program").map((m) => m.entity.name);
}

describe("dropProgramsInNames", () => {
  it("does not read a program in the name of an alliance, a supplier or a product", () => {
    expect(programs("推动组建区域智能制造联盟，培育工业互联网解决方案供应商，发布5G终端新品。")).toEqual([]);
  });

  it("does not read a regional strategy in the name of the places along it", () => {
    expect(programs("组织长江经济带沿线省市开展对接。")).toEqual([]);
  });

  it("keeps the program where its name stands alone", () => {
    expect(programs("加快推进智能制造，深化工业互联网应用。")).toEqual(["智能制造", "工业互联网"]);
  });
});
