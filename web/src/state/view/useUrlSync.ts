/** Keeps the view in the URL (replaceState) and restores it from a shared link at start and on back/forward. */
import { useEffect } from "react";
import { requestCameraTo } from "../camera/store";
import { updateView, viewStore } from "./store";
import { applyPartial } from "./transitions";
import { decodeUrlState, encodeUrlState } from "./url-state";

function applyLocation(): void {
  const partial = decodeUrlState(window.location.search);
  updateView((s) => applyPartial(s, partial));
  if (partial.selectedId) requestCameraTo(partial.selectedId);
}

export function useUrlSync(): void {
  useEffect(() => {
    applyLocation();
    let last = window.location.search.replace(/^\?/, "");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      const next = encodeUrlState(viewStore.get());
      if (next === last) return;
      last = next;
      window.history.replaceState(null, "", `${window.location.pathname}${next ? `?${next}` : ""}${window.location.hash}`);
    };
    const unsubscribe = viewStore.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(write, 150);
    });
    const onPop = () => applyLocation();
    window.addEventListener("popstate", onPop);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener("popstate", onPop);
    };
  }, []);
}
