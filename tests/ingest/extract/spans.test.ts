import { describe, expect, it } from "vitest";
import type { Mention } from "../../../ingest/extract/extraction-types";
import { mentionsEndingAt, mentionsIn, mentionsStartingAt } from "../../../ingest/extract/spans";

const mention = (start: number, end: number, name: string): Mention =>
  ({ start, end, surface: name, source: "gazetteer", entity: { label: "Bureau", name } }) as Mention;

const mentions = [mention(0, 3, "a"), mention(0, 5, "b"), mention(4, 7, "c"), mention(9, 12, "d")];

describe("offset lookups over a document's mentions", () => {
  it("finds the mentions inside a span, starting at and ending at an offset, in the array's order", () => {
    expect(mentionsIn({ start: 0, end: 7 }, mentions).map((m) => m.entity.name)).toEqual(["a", "b", "c"]);
    expect(mentionsStartingAt(mentions, 0).map((m) => m.entity.name)).toEqual(["a", "b"]);
    expect(mentionsEndingAt(mentions, 7).map((m) => m.entity.name)).toEqual(["c"]);
    expect(mentionsEndingAt(mentions, 8)).toEqual([]);
    // Each array has its own index.
    expect(mentionsStartingAt([mention(0, 2, "x")], 0).map((m) => m.entity.name)).toEqual(["x"]);
  });
});
