/** The current visibility of the main graph, memoised on the view's filters and the graph's version. */
import { useSyncExternalStore } from "react";
import { mainGraph } from "../../graph/graph-instance";
import { computeVisibility, type Visibility } from "../../graph/visibility";
import { graphDataStore } from "../graph/store";
import { viewStore } from "./store";
import { reviewsStore } from "../reviews/store";
import { rejectedKeys } from "../reviews/transitions";

interface Key {
  version: number;
  hiddenLabels: unknown;
  hiddenTypes: unknown;
  hiddenKinds: unknown;
  yearRange: unknown;
  focusId: string | null;
  hideEmptyNodes: boolean;
  reviewsVersion: number;
}

let cache: { key: Key; value: Visibility } | null = null;

function sameKey(a: Key, b: Key): boolean {
  return (
    a.version === b.version &&
    a.hiddenLabels === b.hiddenLabels &&
    a.hiddenTypes === b.hiddenTypes &&
    a.hiddenKinds === b.hiddenKinds &&
    a.yearRange === b.yearRange &&
    a.focusId === b.focusId &&
    a.hideEmptyNodes === b.hideEmptyNodes &&
    a.reviewsVersion === b.reviewsVersion
  );
}

/** Returns the visibility for the current state, recomputing only when an input changed. */
export function currentVisibility(): Visibility {
  const v = viewStore.get();
  const key: Key = {
    version: graphDataStore.get().version,
    hiddenLabels: v.hiddenLabels,
    hiddenTypes: v.hiddenTypes,
    hiddenKinds: v.hiddenKinds,
    yearRange: v.yearRange,
    focusId: v.focus ? v.selectedId : null,
    hideEmptyNodes: v.hideEmptyNodes,
    reviewsVersion: reviewsStore.get().version,
  };
  if (cache === null || !sameKey(cache.key, key)) {
    cache = {
      key,
      value: computeVisibility(mainGraph, {
        hiddenLabels: v.hiddenLabels,
        hiddenTypes: v.hiddenTypes,
        hiddenKinds: v.hiddenKinds,
        yearRange: v.yearRange,
        focusId: key.focusId,
        hideEmptyNodes: v.hideEmptyNodes,
        rejectedFacts: rejectedKeys(reviewsStore.get()),
        showRejected: reviewsStore.get().showRejected,
      }),
    };
  }
  return cache.value;
}

/** Subscribes to what visibility depends on: the view and the graph data. */
export function subscribeVisibility(listener: () => void): () => void {
  const a = viewStore.subscribe(listener);
  const b = graphDataStore.subscribe(listener);
  const c = reviewsStore.subscribe(listener);
  return () => {
    a();
    b();
    c();
  };
}

/** Subscribes a component to the current visibility. */
export function useVisibility(): Visibility {
  return useSyncExternalStore(subscribeVisibility, currentVisibility, currentVisibility);
}
