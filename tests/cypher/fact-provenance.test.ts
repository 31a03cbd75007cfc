import { describe, expect, it } from "vitest";
import { provenanceAt, provenanceLists, UNKNOWN_CONFIDENCE, UNKNOWN_METHOD } from "../../cypher/fact-provenance";

describe("provenanceAt", () => {
  it("reads entry i of the two lists", () => {
    expect(provenanceAt(["topic-chain", "explicit-subject"], [0.75, 0.9], 1)).toEqual({ method: "explicit-subject", confidence: 0.9 });
  });

  it("leaves out what is unknown: missing lists, sentinels, junk", () => {
    expect(provenanceAt(undefined, null, 0)).toEqual({});
    expect(provenanceAt([UNKNOWN_METHOD], [UNKNOWN_CONFIDENCE], 0)).toEqual({});
    expect(provenanceAt(["guessing"], [1.5], 0)).toEqual({});
    expect(provenanceAt(["post-pattern"], [], 0)).toEqual({ method: "post-pattern" });
  });
});

describe("provenanceLists", () => {
  it("makes both lists as long as the evidence, padding with the sentinels", () => {
    expect(provenanceLists(["co-subject"], [0.8, 0.6, 0.5], 2)).toEqual({ extractedBy: ["co-subject", ""], confidence: [0.8, 0.6] });
    expect(provenanceLists(undefined, undefined, 1)).toEqual({ extractedBy: [UNKNOWN_METHOD], confidence: [UNKNOWN_CONFIDENCE] });
  });
});
