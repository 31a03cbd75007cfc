/** Pure transitions of the console slice. */
import type { CypherResponse } from "../../../shared/api-types";
import type { ConsoleError, ConsoleState } from "./types";

/** Adds a query on top of the history, without duplicates, keeping at most `max`. */
export function pushHistory(history: readonly string[], query: string, max: number): string[] {
  const q = query.trim();
  if (!q) return [...history];
  return [q, ...history.filter((h) => h !== q)].slice(0, max);
}

export function startRun(s: ConsoleState, query: string, max: number): ConsoleState {
  return { ...s, status: "loading", error: null, lastQuery: query, history: pushHistory(s.history, query, max) };
}

export function runSucceeded(s: ConsoleState, result: CypherResponse): ConsoleState {
  return { ...s, status: "idle", error: null, result };
}

export function runFailed(s: ConsoleState, error: ConsoleError): ConsoleState {
  return { ...s, status: "error", error, result: null };
}

export function setResultView(s: ConsoleState, view: ConsoleState["view"]): ConsoleState {
  return { ...s, view };
}
