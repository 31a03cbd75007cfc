/** Pure transitions of the compare slice. */
import type { PortfolioDiffResponse } from "../../../shared/api-types";
import { INITIAL_COMPARE, type CompareState, type DiffMark } from "./types";

export function startCompare(_s: CompareState, nodeId: string, from: number, to: number): CompareState {
  return { nodeId, from, to, status: "loading", error: null, diff: null };
}

export function compareLoaded(s: CompareState, nodeId: string, diff: PortfolioDiffResponse): CompareState {
  if (s.nodeId !== nodeId || s.from !== diff.from || s.to !== diff.to) return s;
  return { ...s, status: "idle", diff };
}

export function compareFailed(s: CompareState, nodeId: string, error: string): CompareState {
  if (s.nodeId !== nodeId) return s;
  return { ...s, status: "error", error };
}

export function stopCompare(): CompareState {
  return INITIAL_COMPARE;
}

/** Node id → how it fared, for the canvas; empty when no diff is shown. */
export function diffMarks(s: CompareState): Map<string, DiffMark> {
  const marks = new Map<string, DiffMark>();
  if (!s.diff) return marks;
  for (const mark of ["added", "removed", "kept"] as const) for (const item of s.diff[mark]) marks.set(item.id, mark);
  return marks;
}

/** The two years a comparison starts with: the last two years with facts (or the only one twice). */
export function defaultYears(years: readonly number[]): { from: number; to: number } | null {
  const last = years.at(-1);
  if (last === undefined) return null;
  return { from: years.at(-2) ?? last, to: last };
}
