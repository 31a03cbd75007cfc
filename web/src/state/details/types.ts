/** The details slice: what the panel shows for the selected node. */
import type { ApiGraph, DrillDownResponse, NodeResponse } from "../../../shared/api-types";
import type { AsyncStatus } from "../store";

/** A grid cell whose evidence is shown. */
export interface EvidenceCell {
  programId: string;
  year: number;
}

export interface DetailsState {
  id: string | null;
  status: AsyncStatus;
  error: string | null;
  /** Drill-down for ministries, bureaus, organisations and programs. */
  drill: DrillDownResponse | null;
  /** Node and neighbourhood for persons and documents (and as a fallback). */
  node: NodeResponse["node"] | null;
  neighbours: ApiGraph | null;
  cell: EvidenceCell | null;
  /** The grid merges the predecessors' programs (a bureau's lineage switch). */
  includePredecessors: boolean;
}

export const INITIAL_DETAILS: DetailsState = {
  id: null,
  status: "idle",
  error: null,
  drill: null,
  node: null,
  neighbours: null,
  cell: null,
  includePredecessors: false,
};
