import { describe, expect, it } from "vitest";
import { csvField, gridToCsv, toCsv } from "../../../web/src/graph/csv";

describe("csvField", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("defuses spreadsheet formulas", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-1")).toBe("'-1");
  });

  it("writes null as empty and objects as JSON", () => {
    expect(csvField(null)).toBe("");
    expect(csvField({ a: 1 })).toBe('"{""a"":1}"');
  });
});

describe("toCsv", () => {
  it("starts with a BOM and ends rows with CRLF", () => {
    expect(toCsv(["名称", "年份"], [["规划司", 2017]])).toBe("\uFEFF名称,年份\r\n规划司,2017\r\n");
  });
});

describe("gridToCsv", () => {
  it("writes one column per year and leaves years without a fact empty", () => {
    const csv = gridToCsv("项目", [2016, 2017], [{ name: "中国制造2025", cells: new Map([[2017, 3]]) }]);
    expect(csv).toBe("\uFEFF项目,2016,2017\r\n中国制造2025,,3\r\n");
  });
});
