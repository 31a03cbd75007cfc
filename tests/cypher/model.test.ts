import { describe, expect, it } from "vitest";
import { DOCUMENT_KINDS, isDocumentKind } from "../../cypher/model";

describe("isDocumentKind", () => {
  it("accepts the model's genres and nothing else", () => {
    for (const kind of DOCUMENT_KINDS) expect(isDocumentKind(kind)).toBe(true);
    for (const value of ["", "Speech", "poem", 3, null, undefined, ["notice"]]) expect(isDocumentKind(value)).toBe(false);
  });
});
