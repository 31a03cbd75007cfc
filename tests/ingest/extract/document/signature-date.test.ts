import { describe, expect, it } from "vitest";
import { readSignatureDate } from "../../../../ingest/extract/document/signature-date";

describe("readSignatureDate", () => {
  it("reads a date alone on its line, in digits or in Chinese numerals", () => {
    expect(readSignatureDate("2016年5月3日")).toEqual({ year: 2016, month: 5, day: 3 });
    expect(readSignatureDate("二○一一年十二月三十日")).toEqual({ year: 2011, month: 12, day: 30 });
    expect(readSignatureDate("二〇一二年二月十七日")).toEqual({ year: 2012, month: 2, day: 17 });
    expect(readSignatureDate("二〇一二年十月十日")).toEqual({ year: 2012, month: 10, day: 10 });
  });

  it("reads the issuer written before the date on the same line", () => {
    expect(readSignatureDate("中华人民共和国国务院 二○一一年十二月三十日")).toEqual({ issuer: "中华人民共和国国务院", year: 2011, month: 12, day: 30 });
  });

  it("rejects a date inside a sentence, two issuers on the line, and an untrimmed line", () => {
    expect(readSignatureDate("新法将于2018年1月1日起施行")).toBeUndefined();
    expect(readSignatureDate("2018年1月1日起施行")).toBeUndefined();
    expect(readSignatureDate("工业和信息化部 财政部 2016年5月3日")).toBeUndefined();
    expect(readSignatureDate(" 2016年5月3日")).toBeUndefined();
  });
});
