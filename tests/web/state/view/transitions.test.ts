import { describe, expect, it } from "vitest";
import { escape, select, setFocus, setHideEmptyNodes, setYearRange, stepYear, setPlaying, toggleKind, toggleLabel } from "../../../../web/src/state/view/transitions";
import { INITIAL_VIEW, type ViewState } from "../../../../web/src/state/view/types";

const view = (over: Partial<ViewState> = {}): ViewState => ({ ...INITIAL_VIEW, ...over });

describe("view transitions", () => {
  it("selecting the same node returns the same state object", () => {
    const s = view({ selectedId: "bureau:规划司" });
    expect(select(s, "bureau:规划司")).toBe(s);
  });

  it("clearing the selection turns focus off", () => {
    expect(select(view({ selectedId: "a", focus: true }), null).focus).toBe(false);
  });

  it("focus needs a selection", () => {
    expect(setFocus(view(), true).focus).toBe(false);
    expect(setFocus(view({ selectedId: "a" }), true).focus).toBe(true);
  });

  it("toggles a label off and on again", () => {
    const off = toggleLabel(view(), "Document");
    expect(off.hiddenLabels).toEqual(["Document"]);
    expect(toggleLabel(off, "Document").hiddenLabels).toEqual([]);
  });

  it("hides a genre and shows it again, leaving the others hidden", () => {
    const off = toggleKind(view({ hiddenKinds: ["speech"] }), "notice");
    expect(off.hiddenKinds).toEqual(["speech", "notice"]);
    expect(toggleKind(off, "speech").hiddenKinds).toEqual(["notice"]);
  });

  it("normalises a reversed year range and stores the full extent as all years", () => {
    expect(setYearRange(view(), [2017, 2015]).yearRange).toEqual([2015, 2017]);
    expect(setYearRange(view(), [2010, 2022], [2010, 2022]).yearRange).toBeNull();
  });

  it("plays one year per step and stops after the last year showing all years", () => {
    const extent = [2015, 2017] as const;
    let s = stepYear(setPlaying(view(), true), extent);
    expect(s.yearRange).toEqual([2015, 2015]);
    s = stepYear(s, extent);
    s = stepYear(s, extent);
    expect(s.yearRange).toEqual([2017, 2017]);
    s = stepYear(s, extent);
    expect(s.playing).toBe(false);
    expect(s.yearRange).toBeNull();
  });

  it("Escape closes the shortcut list first, then clears the selection", () => {
    const both = view({ selectedId: "a", helpOpen: true });
    expect(escape(both)).toEqual({ ...both, helpOpen: false });
    expect(escape(view({ selectedId: "a" })).selectedId).toBeNull();
  });

  it("hides empty nodes by default and keeps the state object when nothing changes", () => {
    const s = view();
    expect(s.hideEmptyNodes).toBe(true);
    expect(setHideEmptyNodes(s, true)).toBe(s);
    expect(setHideEmptyNodes(s, false).hideEmptyNodes).toBe(false);
  });

  it("plays only the years with facts when it is told which those are, then stops", () => {
    const extent = [2010, 2024] as const;
    let s = stepYear(setPlaying(view(), true), extent, [2010, 2013, 2024]);
    expect(s.yearRange).toEqual([2010, 2010]);
    s = stepYear(s, extent, [2010, 2013, 2024]);
    expect(s.yearRange).toEqual([2013, 2013]);
    s = stepYear(s, extent, [2010, 2013, 2024]);
    expect(s.yearRange).toEqual([2024, 2024]);
    s = stepYear(s, extent, [2010, 2013, 2024]);
    expect(s).toMatchObject({ playing: false, yearRange: null });
  });
});
