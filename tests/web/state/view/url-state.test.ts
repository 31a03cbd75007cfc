import { describe, expect, it } from "vitest";
import { completeUrlState, decodeUrlState, encodeUrlState } from "../../../../web/src/state/view/url-state";
import { INITIAL_VIEW } from "../../../../web/src/state/view/types";

describe("encodeUrlState / decodeUrlState", () => {
  it("leaves defaults out of the link", () => {
    expect(encodeUrlState(INITIAL_VIEW)).toBe("");
  });

  it("round-trips selection, filters, years, languages and the query", () => {
    const state = {
      ...INITIAL_VIEW,
      selectedId: "bureau:规划司",
      hiddenLabels: ["Document"] as const,
      hiddenTypes: ["MENTIONS", "CITES"] as const,
      hiddenKinds: ["speech", "notice"] as const,
      yearRange: [2016, 2017] as const,
      focus: true,
      nameLang: "en" as const,
      uiLang: "en" as const,
      consoleOpen: true,
      consoleQuery: "MATCH (n) RETURN n LIMIT 5",
    };
    expect(decodeUrlState(`?${encodeUrlState(state)}`)).toEqual({
      selectedId: "bureau:规划司",
      hiddenLabels: ["Document"],
      hiddenTypes: ["CITES", "MENTIONS"],
      hiddenKinds: ["notice", "speech"],
      yearRange: [2016, 2017],
      focus: true,
      nameLang: "en",
      uiLang: "en",
      consoleOpen: true,
      consoleQuery: "MATCH (n) RETURN n LIMIT 5",
    });
  });

  it("ignores unknown labels, malformed years and foreign languages", () => {
    expect(decodeUrlState("?hideLabels=Document,Alien&from=20x6&to=2017&lang=fr&names=de")).toEqual({
      hiddenLabels: ["Document"],
    });
  });

  it("writes hidden genres as hideKinds, sorted", () => {
    const search = encodeUrlState({ ...INITIAL_VIEW, hiddenKinds: ["speech", "joint-notice", "bureau-review"] });
    expect(new URLSearchParams(search).get("hideKinds")).toBe("bureau-review,joint-notice,speech");
  });

  it("reads hideKinds back, ignoring unknown genres and naming each genre once", () => {
    expect(decodeUrlState("?hideKinds=speech,poem,,notice,speech")).toEqual({ hiddenKinds: ["speech", "notice"] });
    expect(decodeUrlState("?hideKinds=poem").hiddenKinds).toEqual([]);
  });

  it("carries the size and colour choice, and drops unknown ones", () => {
    const search = encodeUrlState({ ...INITIAL_VIEW, sizeBy: "pagerank", colorBy: "community" });
    expect(new URLSearchParams(search).get("sizeBy")).toBe("pagerank");
    expect(decodeUrlState(`?${search}`)).toEqual({ sizeBy: "pagerank", colorBy: "community" });
    expect(decodeUrlState("?sizeBy=closeness&colorBy=label")).toEqual({ colorBy: "label" });
    expect(completeUrlState("?node=x")).toMatchObject({ sizeBy: "none", colorBy: "label" });
  });

  it("carries the data version as v next to the view, and reads it back", () => {
    const search = encodeUrlState({ ...INITIAL_VIEW, selectedId: "bureau:规划司", yearRange: [2013, 2016], dataVersion: "0123456789ab" });
    expect(new URLSearchParams(search).get("v")).toBe("0123456789ab");
    expect(decodeUrlState(`?${search}`)).toEqual({ selectedId: "bureau:规划司", yearRange: [2013, 2016], dataVersion: "0123456789ab" });
  });

  it("drops a v that is not 12 lowercase hex digits", () => {
    for (const v of ["0123456789", "0123456789abc", "0123456789AB", "zzzzzzzzzzzz", ""]) expect(decodeUrlState(`?v=${v}`)).toEqual({});
  });

  it("orders a reversed year range", () => {
    expect(decodeUrlState("?from=2018&to=2016").yearRange).toEqual([2016, 2018]);
  });

  it("completes a location with the defaults, so that Back to a plainer link clears what it leaves out", () => {
    const state = completeUrlState("?node=bureau%3A%E8%A7%84%E5%88%92%E5%8F%B8");
    expect(state.selectedId).toBe("bureau:规划司");
    expect(state.yearRange).toBeNull();
    expect(state.consoleOpen).toBe(false);
    expect(state.hideEmptyNodes).toBe(true);
    expect(state.hiddenKinds).toEqual([]);
    expect(state.dataVersion).toBeNull();
    expect(completeUrlState("").selectedId).toBeNull();
  });
});
