/** Which relationship types the main canvas leaves undrawn right now (big graphs at the overview zoom). */
import { useSyncExternalStore } from "react";
import { DEFAULT_EDGE_BUDGET_OPTIONS, typesOverBudget } from "../../graph/edge-budget";
import type { RelationshipType } from "../../../../cypher/model";
import { createStore, useStore } from "../store";
import { currentVisibility, subscribeVisibility } from "./visibility";

/** Whether the main camera is zoomed in past the budget's ratio (written by the camera's listener). */
export const zoomStore = createStore<{ zoomedIn: boolean }>({ zoomedIn: false });

export function setZoomedIn(zoomedIn: boolean): void {
  zoomStore.update((s) => (s.zoomedIn === zoomedIn ? s : { zoomedIn }));
}

export function useZoomedIn(): boolean {
  return useStore(zoomStore, (s) => s.zoomedIn);
}

let cache: { byType: unknown; value: readonly RelationshipType[] } | null = null;

/** Types over the budget for the current visibility (ignoring zoom and selection, which the reducers add). */
export function currentOverBudget(): readonly RelationshipType[] {
  const { visibleEdgesByType } = currentVisibility();
  if (cache?.byType !== visibleEdgesByType) {
    cache = { byType: visibleEdgesByType, value: typesOverBudget(visibleEdgesByType, DEFAULT_EDGE_BUDGET_OPTIONS.maxEdges) };
  }
  return cache.value;
}

export function useOverBudget(): readonly RelationshipType[] {
  return useSyncExternalStore(subscribeVisibility, currentOverBudget, currentOverBudget);
}
