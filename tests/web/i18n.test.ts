import { describe, expect, it } from "vitest";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../cypher/model";
import { STRINGS } from "../../web/src/i18n";

describe("STRINGS", () => {
  it("has the same keys in Chinese and English, none empty", () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.zh).sort());
    for (const lang of ["zh", "en"] as const) for (const value of Object.values(STRINGS[lang])) expect(value.trim()).not.toBe("");
  });

  it("names every label and relationship type in both languages", () => {
    for (const lang of ["zh", "en"] as const) {
      const keys = Object.keys(STRINGS[lang]);
      for (const label of NODE_LABELS) expect(keys).toContain(`label_${label}`);
      for (const type of RELATIONSHIP_TYPES) expect(keys).toContain(`type_${type}`);
    }
  });
});
