import { describe, expect, it } from "vitest";
import { longestWordAt, wordsAt } from "../../../ingest/extract/word-index";

describe("wordIndex", () => {
  const words = ["工程", "示范工程", "示范"];

  it("finds the longest listed word starting at an offset", () => {
    expect(longestWordAt("开展示范工程建设", 2, words)).toBe("示范工程");
    expect(longestWordAt("开展示范工程建设", 0, words)).toBeUndefined();
  });

  it("lists every word starting at an offset, longest first", () => {
    expect(wordsAt("示范工程", 0, words)).toEqual(["示范工程", "示范"]);
  });
});
