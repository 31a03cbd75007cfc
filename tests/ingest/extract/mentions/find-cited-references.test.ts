import { describe, expect, it } from "vitest";
import { findCitedReferences } from "../../../../ingest/extract/mentions/find-cited-references";

function documents(text: string): string[] {
  return findCitedReferences(text).map((m) => m.entity.name);
}

describe("findCitedReferences", () => {
  it("names a speech or report by the title given after 题为", () => {
    expect(documents("副部长作了题为“聚焦主业  开拓新局”的工作报告。")).toEqual(["聚焦主业 开拓新局"]);
  });

  it("finds a document cited by its number and 文件", () => {
    expect(documents("加大国发12号文件和国办发〔2019〕7号文件落实力度。")).toEqual(["国发12号文件", "国办发〔2019〕7号文件"]);
  });

  it("ignores quoted words that do not title a speech, and a bare 文件", () => {
    expect(documents("围绕“聚焦主业”的要求，落实有关文件。")).toEqual([]);
  });
});
