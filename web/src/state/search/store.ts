/** The search slice's store, hooks and actions (debounced, abortable requests to /api/search). */
import type { SearchHit } from "../../../shared/api-types";
import { errorMessage, fetchSearch } from "../../api/client";
import { CONFIG } from "../../config";
import { createStore, useStore } from "../store";
import { showNodeInMain } from "../view/show-node";
import { answered, chosen, searchFailed, searching, typed } from "./transitions";
import { INITIAL_SEARCH, type SearchState } from "./types";

export const searchStore = createStore<SearchState>(INITIAL_SEARCH);

export function useSearch<S>(selector: (s: SearchState) => S): S {
  return useStore(searchStore, selector);
}

let timer: ReturnType<typeof setTimeout> | undefined;
let inflight: AbortController | undefined;

/** Records the typed text and asks the API after a short pause. */
export function setSearchText(text: string): void {
  searchStore.update((s) => typed(s, text));
  clearTimeout(timer);
  const q = text.trim();
  if (q.length < CONFIG.searchMinChars) return;
  timer = setTimeout(() => void runSearch(q), CONFIG.searchDebounceMs);
}

async function runSearch(q: string): Promise<void> {
  inflight?.abort();
  const controller = new AbortController();
  inflight = controller;
  searchStore.update(searching);
  try {
    const response = await fetchSearch(q, controller.signal);
    searchStore.update((s) => answered(s, q, response.results));
  } catch (error) {
    if (controller.signal.aborted) return;
    searchStore.update((s) => searchFailed(s, errorMessage(error)));
  }
}

/** Chooses a hit: brings it into the canvas if absent, selects it and moves the camera to it. */
export async function chooseHit(hit: SearchHit): Promise<void> {
  searchStore.update((s) => chosen(s, hit));
  await showNodeInMain(hit.id);
}
