/**
 * Keeps the view in the URL and restores it from a shared link at start and on Back/Forward. A new selection
 * adds a history entry (Back returns to the node before); other changes (years, filters, query, the paths panel's
 * ends) refine it.
 */
import { useEffect } from "react";
import { requestCameraTo } from "../camera/store";
import { pathsStore, restorePaths } from "../paths/store";
import { decodePathParams, encodePathParams, joinSearch } from "../paths/url";
import { updateView, viewStore } from "./store";
import { applyPartial } from "./transitions";
import { completeUrlState, encodeUrlState } from "./url-state";

/** Applies the URL's view; on Back/Forward (`keepDataVersion`) the page stays on the data version it checked. */
function applyLocation(keepDataVersion = false): void {
  const state = completeUrlState(window.location.search);
  updateView((s) => applyPartial(s, keepDataVersion && s.dataVersion !== null ? { ...state, dataVersion: s.dataVersion } : state));
  if (state.selectedId) requestCameraTo(state.selectedId);
  restorePaths(decodePathParams(window.location.search));
}

export function useUrlSync(): void {
  useEffect(() => {
    applyLocation();
    let last = window.location.search.replace(/^\?/, "");
    let lastSelected = viewStore.get().selectedId;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      const state = viewStore.get();
      const next = joinSearch(encodeUrlState(state), encodePathParams(pathsStore.get()));
      if (next === last) return;
      const url = `${window.location.pathname}${next ? `?${next}` : ""}${window.location.hash}`;
      if (state.selectedId !== lastSelected) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
      last = next;
      lastSelected = state.selectedId;
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(write, 150);
    };
    const unsubscribe = viewStore.subscribe(schedule);
    const unsubscribePaths = pathsStore.subscribe(schedule);
    const onPop = () => {
      clearTimeout(timer);
      last = window.location.search.replace(/^\?/, "");
      applyLocation(true);
      lastSelected = viewStore.get().selectedId;
    };
    window.addEventListener("popstate", onPop);
    return () => {
      unsubscribe();
      unsubscribePaths();
      clearTimeout(timer);
      window.removeEventListener("popstate", onPop);
    };
  }, []);
}
