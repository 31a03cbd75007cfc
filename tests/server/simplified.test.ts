import { describe, expect, it } from "vitest";
import { toSimplified } from "../../web/server/search/simplified";

describe("toSimplified", () => {
  it("turns a traditional query into the simplified names the graph stores, and leaves the rest alone", () => {
    expect(toSimplified("規劃司")).toBe("规划司");
    expect(toSimplified("工業強基")).toBe("工业强基");
    expect(toSimplified("规划司")).toBe("规划司");
    expect(toSimplified("gyqj")).toBe("gyqj");
    expect(toSimplified("Department of Planning")).toBe("Department of Planning");
  });
});
