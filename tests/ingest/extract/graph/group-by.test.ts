import { describe, expect, it } from "vitest";
import { groupBy } from "../../../../ingest/extract/graph/group-by";

describe("groupBy", () => {
  it("groups items by key, groups in order of first appearance and items in input order", () => {
    const groups = groupBy(["b1", "a1", "b2", "c1", "a2"], (s) => s[0] as string);
    expect(groups).toEqual([["b1", "b2"], ["a1", "a2"], ["c1"]]);
  });

  it("returns no groups for no items", () => {
    expect(groupBy([], String)).toEqual([]);
  });
});
