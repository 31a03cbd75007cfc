/** The paths slice: two chosen entities, the hop limit, and the shortest paths between them (GET /api/paths). */
import type { HopLimit } from "../../../../cypher/hop-limit";
import type { NodeLabel } from "../../../../cypher/model";
import type { PathsResponse } from "../../../shared/api-types";
import type { AsyncStatus } from "../store";

/** One end of the path as the user picked it. */
export interface PathEnd {
  id: string;
  name: string;
  label?: NodeLabel;
}

export interface PathsState {
  /** The paths panel is shown (in place of the details panel). */
  open: boolean;
  from: PathEnd | null;
  to: PathEnd | null;
  max: HopLimit;
  status: AsyncStatus;
  error: string | null;
  /** The answer for the current ends and limit (a late answer for others is dropped). */
  result: PathsResponse | null;
  /** The listed path drawn alone in the canvas; null: every listed path. */
  active: number | null;
}

export const INITIAL_PATHS: PathsState = {
  open: false,
  from: null,
  to: null,
  max: 6,
  status: "idle",
  error: null,
  result: null,
  active: null,
};
