import { describe, expect, it } from "vitest";
import type { DataChangesResponse } from "../../../../web/shared/api-types";
import { describeDataChange } from "../../../../web/src/state/data-version/describe";
import { compareDataVersions, toChangeNotice } from "../../../../web/src/state/data-version/transitions";

const refs = (...titles: string[]) => titles.map((title, i) => ({ id: `doc:${i}`, title }));
const changes = (over: Partial<DataChangesResponse>): DataChangesResponse => ({ from: "aaaaaaaaaaaa", to: "bbbbbbbbbbbb", added: [], removed: [], changed: [], ...over });

describe("compareDataVersions", () => {
  it("takes the current version for a link without one, and tells same from changed", () => {
    expect(compareDataVersions(null, "bbbbbbbbbbbb")).toBe("adopt");
    expect(compareDataVersions("bbbbbbbbbbbb", "bbbbbbbbbbbb")).toBe("same");
    expect(compareDataVersions("aaaaaaaaaaaa", "bbbbbbbbbbbb")).toBe("changed");
  });
});

describe("toChangeNotice", () => {
  it("says details are unknown when the answer lists no document", () => {
    expect(toChangeNotice(changes({}))).toEqual({ kind: "unknown", from: "aaaaaaaaaaaa", to: "bbbbbbbbbbbb" });
    expect(toChangeNotice(changes({ added: refs("甲") })).kind).toBe("changes");
  });
});

describe("describeDataChange", () => {
  it("counts each kind of change in Chinese and lists its titles, leaving out kinds with none", () => {
    const text = describeDataChange("zh", { kind: "changes", changes: changes({ added: refs("甲"), changed: refs("乙") }) });
    expect(text.summary).toBe("自此链接生成以来，数据已更新 — 文献新增 1 篇、修改 1 篇");
    expect(text.groups).toEqual([
      { kind: "added", label: "新增", titles: ["甲"], more: "" },
      { kind: "changed", label: "修改", titles: ["乙"], more: "" },
    ]);
  });

  it("lists three titles and counts the rest, in English", () => {
    const text = describeDataChange("en", { kind: "changes", changes: changes({ removed: refs("a", "b", "c", "d", "e") }) });
    expect(text.summary).toBe("The data changed since this link was made — documents removed: 5");
    expect(text.groups).toEqual([{ kind: "removed", label: "Removed", titles: ["a", "b", "c"], more: "and 2 more" }]);
  });

  it("says the data changed with details unknown for a version not on record", () => {
    expect(describeDataChange("en", { kind: "unknown", from: "aaaaaaaaaaaa", to: "bbbbbbbbbbbb" })).toEqual({
      summary: "The data changed since this link was made (details unknown)",
      groups: [],
    });
  });
});
