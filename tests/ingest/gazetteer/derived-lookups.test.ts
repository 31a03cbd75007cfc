import { describe, expect, it } from "vitest";
import { buildGazetteer, gazetteerFileSchema } from "../../../ingest/gazetteer/load-gazetteer";

describe("the lookups the gazetteer derives for the extraction", () => {
  const gazetteer = buildGazetteer([
    gazetteerFileSchema.parse({
      entries: [{ name: "规划司", label: "Bureau", aliases: ["规划司局"] }],
      lexicon: { titles: [{ title: "司长" }], orgBoundaryWords: ["兼"], documentVerbs: ["印发"], documentWeakVerbs: ["落实"], orgSuffixes: [{ suffix: "协会", label: "Organization" }, { suffix: "协会", label: "Organization", proper: true }] },
      regions: [{ short: "浙江", full: "浙江省" }],
    }),
  ]);

  it("are built once with it, from its own lists", () => {
    expect(gazetteer.derived.surfaces.sort()).toEqual(["规划司", "规划司局"]);
    expect(gazetteer.derived.orgBoundaryWords).toEqual(["兼", "司长"]);
    expect(gazetteer.derived.regionsByShort.get("浙江")?.full).toBe("浙江省");
    expect(gazetteer.derived.orgSuffixes.rules.get("协会")?.proper).toBe(false);
  });

  it("match the longest issuing verb and a regional party committee", () => {
    expect([..."抓紧印发并落实".matchAll(gazetteer.derived.issuingVerbs.pattern)].map((m) => m[0])).toEqual(["印发", "落实"]);
    expect(gazetteer.derived.partyCommittee.test("中共浙江省委")).toBe(true);
    expect(gazetteer.derived.partyCommittee.test("规划司")).toBe(false);
  });
});
