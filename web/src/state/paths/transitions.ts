/** Pure transitions of the paths slice. */
import type { HopLimit } from "../../../../cypher/hop-limit";
import type { PathsResponse } from "../../../shared/api-types";
import type { PathEnd, PathsState } from "./types";

/** Opens the panel; with a node, it becomes the start (a start equal to the old end swaps the end out). */
export function openPaths(s: PathsState, from?: PathEnd): PathsState {
  if (from === undefined) return { ...s, open: true };
  return cleared({ ...s, open: true, from, to: s.to?.id === from.id ? null : s.to });
}

export function closePaths(s: PathsState): PathsState {
  return s.open ? { ...s, open: false } : s;
}

/** Sets or clears one end; the old answer no longer holds. */
export function setEnd(s: PathsState, which: "from" | "to", end: PathEnd | null): PathsState {
  return cleared({ ...s, [which]: end });
}

export function swapEnds(s: PathsState): PathsState {
  return cleared({ ...s, from: s.to, to: s.from });
}

export function setMax(s: PathsState, max: HopLimit): PathsState {
  return s.max === max ? s : cleared({ ...s, max });
}

/** Both ends are set and differ: a request can be made. */
export function canFind(s: PathsState): boolean {
  return s.from !== null && s.to !== null && s.from.id !== s.to.id;
}

export function startFinding(s: PathsState): PathsState {
  return { ...s, status: "loading", error: null, result: null, active: null };
}

/** Opens the panel on the ends and limit a link names. */
export function restore(s: PathsState, from: PathEnd, to: PathEnd | null, max: HopLimit): PathsState {
  return cleared({ ...s, open: true, from, to, max });
}

/** Keeps the answer if it is for the current ends and limit; the ends take their names from it (a link gives only ids). */
export function found(s: PathsState, result: PathsResponse): PathsState {
  if (!answers(s, result) || s.from === null || s.to === null) return s;
  const nodes = result.paths[0]?.nodes ?? [];
  const named = (end: PathEnd): PathEnd => {
    const n = nodes.find((x) => x.id === end.id);
    return n === undefined ? end : { id: n.id, name: n.name, label: n.label };
  };
  return { ...s, status: "idle", error: null, result, active: null, from: named(s.from), to: named(s.to) };
}

export function findFailed(s: PathsState, request: { from: string; to: string; max: number }, error: string): PathsState {
  if (!answers(s, request)) return s;
  return { ...s, status: "error", error, result: null };
}

/** Draws one listed path alone, or every path again when it is chosen twice. */
export function chooseActive(s: PathsState, index: number | null): PathsState {
  return { ...s, active: s.active === index ? null : index };
}

function answers(s: PathsState, r: { from: string; to: string; max: number }): boolean {
  return s.from?.id === r.from && s.to?.id === r.to && s.max === r.max;
}

function cleared(s: PathsState): PathsState {
  return { ...s, status: "idle", error: null, result: null, active: null };
}
