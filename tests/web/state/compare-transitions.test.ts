import { describe, expect, it } from "vitest";
import { compareLoaded, defaultYears, diffMarks, startCompare } from "../../../web/src/state/compare/transitions";
import { INITIAL_COMPARE } from "../../../web/src/state/compare/types";

const item = (id: string) => ({ id, name: id, evidence: [] });

describe("compare slice", () => {
  it("keeps only the answer for the years asked last, and marks each node by how it fared", () => {
    const asked = startCompare(INITIAL_COMPARE, "bureau:规划司", 2013, 2014);
    const stale = compareLoaded(asked, "bureau:规划司", { from: 2012, to: 2014, added: [], removed: [], kept: [] });
    expect(stale.diff).toBeNull();
    const loaded = compareLoaded(asked, "bureau:规划司", { from: 2013, to: 2014, added: [item("a")], removed: [item("r")], kept: [item("k")] });
    expect(loaded.status).toBe("idle");
    expect([...diffMarks(loaded)]).toEqual([["a", "added"], ["r", "removed"], ["k", "kept"]]);
    expect(diffMarks(INITIAL_COMPARE).size).toBe(0);
  });

  it("starts with the last two years that have facts", () => {
    expect(defaultYears([2011, 2013, 2014])).toEqual({ from: 2013, to: 2014 });
    expect(defaultYears([2017])).toEqual({ from: 2017, to: 2017 });
    expect(defaultYears([])).toBeNull();
  });
});
