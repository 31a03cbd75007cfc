/** The graph-data slice: loading the overview, expanding neighbourhoods, layout progress. */
import type { AsyncStatus } from "../store";

export type LayoutStatus = "idle" | "running" | "done";
/** What failed: the database behind the API, or the API itself. */
export type FailureKind = "neo4j" | "api";

export interface YearBin {
  year: number;
  count: number;
  byType: Record<string, number>;
}

export interface GraphDataState {
  status: AsyncStatus;
  error: string | null;
  failure: FailureKind | null;
  /** Bumped each time the main graph's content changes (load, expand). */
  version: number;
  /** Bumped when new data needs a layout; the layout controller runs one per bump. */
  layoutRequest: { id: number; kind: "full" | "expand" };
  layout: LayoutStatus;
  layoutMs: number | null;
  /** The last full layout came from the layout cache (graph/layout-cache.ts), not from ForceAtlas2. */
  layoutCached: boolean;
  expanding: string | null;
  /** Facts per year in the whole database (GET /api/years); null until loaded or when the API has none. */
  serverYears: YearBin[] | null;
  /** The overview's budget as the API applied it: how many nodes there are, the budget, how many were left out. */
  overview: OverviewBudget | null;
}

export interface OverviewBudget {
  totalNodes: number;
  nodeBudget: number;
  leftOutNodes: number;
}

export const INITIAL_GRAPH_DATA: GraphDataState = {
  status: "idle",
  error: null,
  failure: null,
  version: 0,
  layoutRequest: { id: 0, kind: "full" },
  layout: "idle",
  layoutMs: null,
  layoutCached: false,
  expanding: null,
  serverYears: null,
  overview: null,
};
