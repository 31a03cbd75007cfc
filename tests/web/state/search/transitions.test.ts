import { describe, expect, it } from "vitest";
import { answered, moveActive, typed } from "../../../../web/src/state/search/transitions";
import { INITIAL_SEARCH } from "../../../../web/src/state/search/types";
import type { SearchHit } from "../../../../web/shared/api-types";

const hit = (id: string): SearchHit => ({ id, label: "Program", name: id, aliases: [], matched: id });

describe("search transitions", () => {
  it("drops answers to a text the user has since changed", () => {
    const s = typed(INITIAL_SEARCH, "gyqj");
    expect(answered(s, "gy", [hit("a")])).toBe(s);
    expect(answered(s, "gyqj", [hit("a")]).results).toHaveLength(1);
  });

  it("wraps the highlighted suggestion around both ends", () => {
    const s = answered(typed(INITIAL_SEARCH, "x"), "x", [hit("a"), hit("b")]);
    expect(s.activeIndex).toBe(0);
    expect(moveActive(s, -1).activeIndex).toBe(1);
    expect(moveActive(moveActive(s, 1), 1).activeIndex).toBe(0);
  });
});
