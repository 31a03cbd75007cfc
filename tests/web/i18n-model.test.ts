import { describe, expect, it } from "vitest";
import { DOCUMENT_KINDS, EXTRACTION_METHODS } from "../../cypher/model";
import { documentKindName, methodName, provenanceText } from "../../web/src/i18n-model";

describe("provenanceText", () => {
  it("names the method in the UI language and gives the confidence with two decimals", () => {
    expect(provenanceText("zh", { method: "explicit-subject", confidence: 0.9 })).toBe("主语明确 · 0.90");
    expect(provenanceText("en", { method: "explicit-subject", confidence: 0.9 })).toBe("explicit subject · 0.90");
  });

  it("shows what is known, and nothing when neither is", () => {
    expect(provenanceText("en", { confidence: 0.6 })).toBe("0.60");
    expect(provenanceText("zh", { method: "topic-chain" })).toBe("承前主语");
    expect(provenanceText("zh", {})).toBeNull();
  });
});

describe("methodName and documentKindName", () => {
  it("name every method and kind of the model in both languages, each differently", () => {
    for (const lang of ["zh", "en"] as const) {
      const methods = EXTRACTION_METHODS.map((m) => methodName(lang, m));
      const kinds = DOCUMENT_KINDS.map((k) => documentKindName(lang, k));
      expect(new Set(methods).size).toBe(EXTRACTION_METHODS.length);
      expect(new Set(kinds).size).toBe(DOCUMENT_KINDS.length);
    }
  });
});
