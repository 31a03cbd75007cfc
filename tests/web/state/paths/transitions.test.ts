import { describe, expect, it } from "vitest";
import type { PathsResponse } from "../../../../web/shared/api-types";
import { canFind, chooseActive, findFailed, found, openPaths, setEnd, setMax, startFinding, swapEnds } from "../../../../web/src/state/paths/transitions";
import { INITIAL_PATHS, type PathsState } from "../../../../web/src/state/paths/types";

const a = { id: "person:甲", name: "甲" };
const b = { id: "program:乙", name: "乙" };
const answer = (from: string, to: string, max = 6): PathsResponse => ({
  from,
  to,
  max,
  paths: [{ nodes: [], steps: [] }],
  truncated: false,
  graph: { attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes: [], edges: [] },
});
const ready: PathsState = { ...INITIAL_PATHS, open: true, from: a, to: b };

describe("paths transitions", () => {
  it("open the panel from a node, dropping an end equal to it", () => {
    expect(openPaths(INITIAL_PATHS, a)).toMatchObject({ open: true, from: a, to: null });
    expect(openPaths({ ...INITIAL_PATHS, to: a }, a).to).toBeNull();
    expect(openPaths(ready)).toMatchObject({ from: a, to: b });
  });

  it("can find only with two different ends", () => {
    expect(canFind(ready)).toBe(true);
    expect(canFind(setEnd(ready, "to", null))).toBe(false);
    expect(canFind(setEnd(ready, "to", a))).toBe(false);
  });

  it("keep an answer only for the current ends and limit", () => {
    const loading = startFinding(ready);
    expect(found(loading, answer(a.id, b.id)).result?.paths).toHaveLength(1);
    expect(found(loading, answer(b.id, a.id))).toBe(loading);
    expect(found(setMax(loading, 3), answer(a.id, b.id, 6)).result).toBeNull();
    expect(findFailed(loading, { from: a.id, to: b.id, max: 6 }, "down")).toMatchObject({ status: "error", error: "down" });
  });

  it("name ends known only by id from the answer's nodes", () => {
    const byId = startFinding({ ...ready, from: { id: a.id, name: a.id }, to: { id: b.id, name: b.id } });
    const result = { ...answer(a.id, b.id), paths: [{ nodes: [{ id: a.id, name: "甲", label: "Person" as const }, { id: b.id, name: "乙", label: "Program" as const }], steps: [] }] };
    expect(found(byId, result)).toMatchObject({ from: { name: "甲", label: "Person" }, to: { name: "乙" } });
  });

  it("clear the old answer when an end or the limit changes", () => {
    const done = found(startFinding(ready), answer(a.id, b.id));
    expect(swapEnds(done)).toMatchObject({ from: b, to: a, result: null });
    expect(setMax(done, 2)).toMatchObject({ max: 2, result: null });
    expect(setMax(done, 6)).toBe(done);
  });

  it("toggle drawing one path alone", () => {
    expect(chooseActive(ready, 1).active).toBe(1);
    expect(chooseActive(chooseActive(ready, 1), 1).active).toBeNull();
  });
});
