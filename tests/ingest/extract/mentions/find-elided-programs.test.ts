import { describe, expect, it } from "vitest";
import { findMentions } from "../../../../ingest/extract/mentions/find-mentions";
import { testGazetteer } from "../../builders";

describe("findElidedPrograms", () => {
  it("reads a known program whose shared ending is written once", () => {
    const names = findMentions("完善并实施家电和汽车摩托车下乡、农机购置和节能汽车补贴。", testGazetteer()).map((m) => m.entity.name);
    expect(names).toEqual(["家电下乡", "汽车摩托车下乡", "农机购置补贴", "节能汽车推广"]);
  });

  it("leaves a head that makes no known name alone", () => {
    expect(findMentions("推进研发和汽车摩托车下乡。", testGazetteer()).map((m) => m.entity.name)).toEqual(["汽车摩托车下乡"]);
  });
});
