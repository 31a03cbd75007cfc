import { describe, expect, it } from "vitest";
import { normaliseName } from "../../../ingest/eval/normalise-name";

describe("normaliseName", () => {
  it("drops quotes and title marks so spellings of one name compare equal", () => {
    expect(normaliseName("“宽带中国”战略")).toBe(normaliseName("宽带中国战略"));
    expect(normaliseName("《中国制造2025》")).toBe("中国制造2025");
  });

  it("converts traditional to simplified, full width to half width and removes whitespace", () => {
    expect(normaliseName("工業和信息化部")).toBe("工业和信息化部");
    expect(normaliseName("工业转型升级规划（2011—2015年）")).toBe("工业转型升级规划(2011-2015年)");
    expect(normaliseName("改革创新  融合发展")).toBe("改革创新融合发展");
  });
});
