/** The compare slice: a node's portfolio in two years (the drill-down's "compare years" mode). */
import type { PortfolioDiffResponse } from "../../../shared/api-types";
import type { AsyncStatus } from "../store";

/** How a program (or owner) fared between the two years; the canvas colours it so. */
export type DiffMark = "added" | "removed" | "kept";

export interface CompareState {
  /** The node compared, or null when the mode is off. */
  nodeId: string | null;
  from: number | null;
  to: number | null;
  status: AsyncStatus;
  error: string | null;
  diff: PortfolioDiffResponse | null;
}

export const INITIAL_COMPARE: CompareState = { nodeId: null, from: null, to: null, status: "idle", error: null, diff: null };
