import { describe, expect, it } from "vitest";
import { headingEnumeratorLength } from "../../../../ingest/extract/document/heading-enumerator";

describe("headingEnumeratorLength", () => {
  it("measures a Chinese, bracketed or Arabic enumerator at the start of a heading", () => {
    expect(headingEnumeratorLength("一、规划司")).toBe(2);
    expect(headingEnumeratorLength("十一、规划司")).toBe(3);
    expect(headingEnumeratorLength("（二）2017年工作思路")).toBe(3);
    expect(headingEnumeratorLength("(12)规划司")).toBe(4);
    expect(headingEnumeratorLength("3. 规划司")).toBe(3);
    expect(headingEnumeratorLength("4、规划司")).toBe(2);
  });

  it("is zero for a line without one, including a part heading and an enumerator that is not at the start", () => {
    expect(headingEnumeratorLength("规划司：统筹协调")).toBe(0);
    expect(headingEnumeratorLength("第一部分 2016年主要工作")).toBe(0);
    expect(headingEnumeratorLength("加强一、二级管理")).toBe(0);
  });
});
