/** Pure transitions of the details slice. */
import type { ApiGraph, DrillDownResponse, NodeResponse } from "../../../shared/api-types";
import type { DetailsState, EvidenceCell } from "./types";
import { INITIAL_DETAILS } from "./types";

export function startDetails(_s: DetailsState, id: string | null): DetailsState {
  return { ...INITIAL_DETAILS, id, status: id === null ? "idle" : "loading" };
}

export function drillLoaded(s: DetailsState, id: string, drill: DrillDownResponse): DetailsState {
  if (s.id !== id) return s;
  const program = drill.programs[0];
  const owner = drill.owners[0];
  const cell =
    program?.cells[0] !== undefined
      ? { programId: program.id, year: program.cells[0].year }
      : owner?.years[0] !== undefined
        ? { programId: owner.id, year: owner.years[0] }
        : null;
  return { ...s, status: "idle", drill, node: drill.node, cell };
}

export function nodeLoaded(s: DetailsState, id: string, node: NodeResponse["node"], neighbours: ApiGraph): DetailsState {
  if (s.id !== id) return s;
  return { ...s, status: "idle", node, neighbours };
}

export function detailsFailed(s: DetailsState, id: string, error: string): DetailsState {
  if (s.id !== id) return s;
  return { ...s, status: "error", error };
}

/** The lineage switch: the drill-down is fetched again with (or without) the predecessors' programs. */
export function withPredecessors(s: DetailsState, on: boolean): DetailsState {
  return { ...s, includePredecessors: on, status: s.id === null ? "idle" : "loading" };
}

export function chooseCell(s: DetailsState, cell: EvidenceCell): DetailsState {
  return { ...s, cell };
}
