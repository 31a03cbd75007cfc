import { describe, expect, it } from "vitest";
import { dataChanges, DATA_VERSION_PATTERN, toDataVersion, type SourceDocumentState } from "../../web/server/data-version/data-version";

const doc = (id: string, sha256 = `sha-${id}`, extractionSha256 = `ext-${id}`): SourceDocumentState => ({ id, title: `标题${id}`, sha256, extractionSha256 });

describe("toDataVersion", () => {
  it("is 12 hex digits, the same for any order of the documents", () => {
    const a = toDataVersion([doc("doc:a"), doc("doc:b"), doc("doc:c")]);
    const b = toDataVersion([doc("doc:c"), doc("doc:a"), doc("doc:b")]);
    expect(a.id).toMatch(DATA_VERSION_PATTERN);
    expect(b.id).toBe(a.id);
    expect(a.documents).toEqual(["doc:a", "doc:b", "doc:c"]);
    expect(a.titles).toEqual(["标题doc:a", "标题doc:b", "标题doc:c"]);
  });

  it("changes when a document is added or removed, its file changes, or its extraction does", () => {
    const base = toDataVersion([doc("doc:a"), doc("doc:b")]).id;
    const others = [
      toDataVersion([doc("doc:a"), doc("doc:b"), doc("doc:c")]).id,
      toDataVersion([doc("doc:a")]).id,
      toDataVersion([doc("doc:a", "sha-new"), doc("doc:b")]).id,
      toDataVersion([doc("doc:a"), doc("doc:b", "sha-doc:b", "ext-new")]).id,
    ];
    expect(new Set([base, ...others]).size).toBe(5);
  });

  it("does not depend on titles (a title is read from the content the hashes cover)", () => {
    expect(toDataVersion([{ ...doc("doc:a"), title: "别的" }]).id).toBe(toDataVersion([doc("doc:a")]).id);
  });
});

describe("dataChanges", () => {
  it("lists documents added, removed (with their old title) and changed, each sorted by id", () => {
    const from = toDataVersion([doc("doc:keep"), doc("doc:edit"), doc("doc:gone")]);
    const to = toDataVersion([doc("doc:keep"), { ...doc("doc:edit", "sha-2"), title: "新标题" }, doc("doc:new2"), doc("doc:new1")]);
    expect(dataChanges(from, to)).toEqual({
      from: from.id,
      to: to.id,
      added: [
        { id: "doc:new1", title: "标题doc:new1" },
        { id: "doc:new2", title: "标题doc:new2" },
      ],
      removed: [{ id: "doc:gone", title: "标题doc:gone" }],
      changed: [{ id: "doc:edit", title: "新标题" }],
    });
  });

  it("finds nothing between a version and itself", () => {
    const v = toDataVersion([doc("doc:a"), doc("doc:b")]);
    expect(dataChanges(v, v)).toEqual({ from: v.id, to: v.id, added: [], removed: [], changed: [] });
  });
});
