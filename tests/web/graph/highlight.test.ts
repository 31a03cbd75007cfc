import { describe, expect, it } from "vitest";
import { splitHighlights } from "../../../web/src/graph/highlight";

describe("splitHighlights", () => {
  it("marks every occurrence, longest term first", () => {
    expect(splitHighlights("规划司推进中国制造2025，规划司牵头", ["规划司", "中国制造", "中国制造2025"])).toEqual([
      { text: "规划司", match: true },
      { text: "推进", match: false },
      { text: "中国制造2025", match: true },
      { text: "，", match: false },
      { text: "规划司", match: true },
      { text: "牵头", match: false },
    ]);
  });

  it("returns the text unmarked when no term is given", () => {
    expect(splitHighlights("<b>x</b>", [" ", ""])).toEqual([{ text: "<b>x</b>", match: false }]);
  });
});
