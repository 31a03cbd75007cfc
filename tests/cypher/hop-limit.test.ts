import { describe, expect, it } from "vitest";
import { loadQuery } from "../../cypher/queries";
import { HOP_LIMITS, needsHopLimit, withHopLimit, type HopLimit } from "../../cypher/hop-limit";

describe("withHopLimit", () => {
  it("puts the bound into the paths query's variable-length pattern", () => {
    const text = withHopLimit(loadQuery("list-shortest-paths"), 4);
    expect(text).toContain("PART_OF*..4]");
    expect(needsHopLimit(text)).toBe(false);
  });

  it("refuses a bound outside the closed set, even past the type checker", () => {
    for (const bad of [0, 11, 2.5, Number.NaN]) expect(() => withHopLimit("MATCH p=()-[*..MAX_HOPS_LITERAL]-() RETURN p", bad as HopLimit)).toThrow(RangeError);
    expect(HOP_LIMITS).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("refuses a statement without exactly one placeholder", () => {
    expect(() => withHopLimit("MATCH (n) RETURN n", 3)).toThrow(RangeError);
    expect(() => withHopLimit("MAX_HOPS_LITERAL MAX_HOPS_LITERAL", 3)).toThrow(RangeError);
  });
});
