/**
 * Keeps the view in the URL and restores it from a shared link at start and on Back/Forward. A new selection
 * adds a history entry (Back returns to the node before); other changes (years, filters, query) refine it.
 */
import { useEffect } from "react";
import { requestCameraTo } from "../camera/store";
import { updateView, viewStore } from "./store";
import { applyPartial } from "./transitions";
import { completeUrlState, encodeUrlState } from "./url-state";

/** Applies the URL's view; on Back/Forward (`keepDataVersion`) the page stays on the data version it checked. */
function applyLocation(keepDataVersion = false): void {
  const state = completeUrlState(window.location.search);
  updateView((s) => applyPartial(s, keepDataVersion && s.dataVersion !== null ? { ...state, dataVersion: s.dataVersion } : state));
  if (state.selectedId) requestCameraTo(state.selectedId);
}

export function useUrlSync(): void {
  useEffect(() => {
    applyLocation();
    let last = window.location.search.replace(/^\?/, "");
    let lastSelected = viewStore.get().selectedId;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      const state = viewStore.get();
      const next = encodeUrlState(state);
      if (next === last) return;
      const url = `${window.location.pathname}${next ? `?${next}` : ""}${window.location.hash}`;
      if (state.selectedId !== lastSelected) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
      last = next;
      lastSelected = state.selectedId;
    };
    const unsubscribe = viewStore.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(write, 150);
    });
    const onPop = () => {
      clearTimeout(timer);
      last = window.location.search.replace(/^\?/, "");
      applyLocation(true);
      lastSelected = viewStore.get().selectedId;
    };
    window.addEventListener("popstate", onPop);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener("popstate", onPop);
    };
  }, []);
}
