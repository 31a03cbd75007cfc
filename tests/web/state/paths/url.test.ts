import { describe, expect, it } from "vitest";
import { decodePathParams, encodePathParams, joinSearch } from "../../../../web/src/state/paths/url";
import { INITIAL_PATHS } from "../../../../web/src/state/paths/types";

describe("encodePathParams / decodePathParams", () => {
  const open = { ...INITIAL_PATHS, open: true, from: { id: "person:苗圩", name: "苗圩" }, to: { id: "program:工业强基工程", name: "工业强基工程" } };

  it("carries an open panel's ends and a limit other than the default", () => {
    expect(decodePathParams(encodePathParams(open))).toEqual({ from: "person:苗圩", to: "program:工业强基工程", max: 6 });
    expect(encodePathParams(open)).not.toContain("pathMax");
    expect(decodePathParams(encodePathParams({ ...open, max: 3 }))?.max).toBe(3);
  });

  it("leaves a closed panel or one without a start out of the link", () => {
    expect(encodePathParams({ ...open, open: false })).toBe("");
    expect(encodePathParams({ ...open, from: null })).toBe("");
    expect(decodePathParams("from=2016&to=2017")).toBeNull();
  });

  it("ignores a bad limit and an end equal to the start", () => {
    expect(decodePathParams("pathFrom=a&pathTo=a&pathMax=99")).toEqual({ from: "a", to: null, max: 6 });
    expect(decodePathParams("pathFrom=a&pathMax=2.5")?.max).toBe(6);
  });

  it("joins parameter strings, skipping empty ones", () => {
    expect(joinSearch("node=x", "", "pathFrom=a")).toBe("node=x&pathFrom=a");
    expect(joinSearch("", "")).toBe("");
  });
});
