/** Pure transitions of the search slice. */
import type { SearchHit } from "../../../shared/api-types";
import type { SearchState } from "./types";

export function typed(s: SearchState, text: string): SearchState {
  return { ...s, text, open: text.trim().length > 0, activeIndex: -1 };
}

export function searching(s: SearchState): SearchState {
  return { ...s, status: "loading", error: null };
}

export function answered(s: SearchState, query: string, results: SearchHit[]): SearchState {
  if (query !== s.text.trim()) return s;
  return { ...s, status: "idle", results, resultsFor: query, activeIndex: results.length ? 0 : -1 };
}

export function searchFailed(s: SearchState, error: string): SearchState {
  return { ...s, status: "error", error };
}

/** Moves the highlighted suggestion by delta, wrapping around. */
export function moveActive(s: SearchState, delta: number): SearchState {
  const n = s.results.length;
  if (n === 0) return s;
  return { ...s, open: true, activeIndex: (s.activeIndex + delta + n) % n };
}

export function closeSuggestions(s: SearchState): SearchState {
  return s.open ? { ...s, open: false } : s;
}

export function chosen(s: SearchState, hit: SearchHit): SearchState {
  return { ...s, text: hit.name, open: false };
}
