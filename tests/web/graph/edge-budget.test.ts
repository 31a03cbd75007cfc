import { describe, expect, it } from "vitest";
import { typesOverBudget } from "../../../web/src/graph/edge-budget";

describe("typesOverBudget", () => {
  it("drops nothing when the visible edges fit", () => {
    expect(typesOverBudget({ OWNS: 10, MENTIONS: 50 }, 100)).toEqual([]);
  });

  it("drops document links first, whole types at a time", () => {
    expect(typesOverBudget({ OWNS: 40, MENTIONS: 50, CITES: 30 }, 70)).toEqual(["MENTIONS"]);
    expect(typesOverBudget({ OWNS: 40, MENTIONS: 50, CITES: 30 }, 39)).toEqual(["MENTIONS", "CITES", "OWNS"]);
  });

  it("skips types with no visible edges", () => {
    expect(typesOverBudget({ OWNS: 40, CITES: 30 }, 45)).toEqual(["CITES"]);
  });
});
