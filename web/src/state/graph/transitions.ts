/** Pure transitions of the graph-data slice. */
import type { FailureKind, GraphDataState, LayoutStatus, YearBin } from "./types";

export function startLoading(s: GraphDataState): GraphDataState {
  return { ...s, status: "loading", error: null, failure: null };
}

export function loaded(s: GraphDataState): GraphDataState {
  return {
    ...s,
    status: "idle",
    error: null,
    failure: null,
    version: s.version + 1,
    layoutRequest: { id: s.layoutRequest.id + 1, kind: "full" },
  };
}

export function failed(s: GraphDataState, error: string, failure: FailureKind): GraphDataState {
  return { ...s, status: "error", error, failure };
}

export function expanded(s: GraphDataState, addedCount: number): GraphDataState {
  return {
    ...s,
    expanding: null,
    version: s.version + 1,
    layoutRequest: addedCount > 0 ? { id: s.layoutRequest.id + 1, kind: "expand" } : s.layoutRequest,
  };
}

export function setExpanding(s: GraphDataState, id: string | null): GraphDataState {
  return { ...s, expanding: id };
}

/** Keeps the database's year histogram (an empty answer counts as none: the axis then uses the canvas graph). */
export function yearsLoaded(s: GraphDataState, years: YearBin[]): GraphDataState {
  return { ...s, serverYears: years.length > 0 ? years : null };
}

export function setLayout(s: GraphDataState, layout: LayoutStatus, layoutMs: number | null = s.layoutMs): GraphDataState {
  return { ...s, layout, layoutMs };
}
