import { describe, expect, it } from "vitest";
import { stripPinyin } from "../../../ingest/text/strip-pinyin";
import { normaliseText } from "../../../ingest/text/normalise-text";

describe("stripPinyin", () => {
  it("drops tone-marked pinyin glosses after characters, spaces inside the brackets too", () => {
    expect(stripPinyin("工信部總工程師(shī)張某某出席會(huì )議").text).toBe("工信部總工程師張某某出席會議");
  });

  it("keeps brackets that are part of the text: (试行), (5G), (ITU), a plain Latin word", () => {
    const text = "《办法(试行)》推进(5G)与(ITU)合作(Beijing)";
    expect(stripPinyin(text)).toEqual({ text, offsets: undefined });
  });

  it("keeps each remaining character's offset in the input", () => {
    const { text, offsets } = stripPinyin("會(huì)議");
    expect(text).toBe("會議");
    expect(offsets).toEqual([0, 6]);
  });
});

describe("normaliseText with pinyin glosses", () => {
  it("gives the simplified text without glosses and offsets into the original", () => {
    const doc = normaliseText({ file: "a.txt", docId: "doc:a", sha256: "x", encoding: "utf-8", text: "部長(zhǎng)苗圩" });
    expect(doc.text).toBe("部长苗圩");
    expect(doc.originalOffsets).toEqual([0, 1, 9, 10]);
  });
});
