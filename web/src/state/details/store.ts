/** The details slice's store, hooks and loader: drill-down for organisations and programs, node + neighbours otherwise. */
import { errorMessage, fetchDrillDown, fetchNeighbours, fetchNode } from "../../api/client";
import { mainGraph } from "../../graph/graph-instance";
import { createStore, useStore } from "../store";
import { detailsFailed, drillLoaded, nodeLoaded, startDetails, withPredecessors } from "./transitions";
import { INITIAL_DETAILS, type DetailsState } from "./types";

export const detailsStore = createStore<DetailsState>(INITIAL_DETAILS);

export function useDetails<S>(selector: (s: DetailsState) => S): S {
  return useStore(detailsStore, selector);
}

const DRILL_PREFIXES = ["bureau:", "ministry:", "org:", "program:", "person:"];

/** Whether the node gets the drill-down view (its entity label, else its id prefix, decides). */
export function hasDrillDown(id: string): boolean {
  if (mainGraph.hasNode(id)) {
    const entity = mainGraph.getNodeAttribute(id, "entity");
    return entity !== "Document";
  }
  return DRILL_PREFIXES.some((p) => id.startsWith(p));
}

async function loadPlain(id: string): Promise<void> {
  const [node, neighbours] = await Promise.all([fetchNode(id), fetchNeighbours(id)]);
  detailsStore.update((s) => nodeLoaded(s, id, node.node, neighbours));
}

/** Loads the details of a node (or clears them for null). Late answers for another node are dropped. */
export async function loadDetails(id: string | null): Promise<void> {
  if (detailsStore.get().id === id && detailsStore.get().status !== "error") return;
  detailsStore.update((s) => startDetails(s, id));
  if (id === null) return;
  try {
    if (hasDrillDown(id)) {
      try {
        const drill = await fetchDrillDown(id, detailsStore.get().includePredecessors);
        detailsStore.update((s) => drillLoaded(s, id, drill));
        return;
      } catch {
        // Not every label may have a drill-down on the server: fall back to the plain node view.
      }
    }
    await loadPlain(id);
  } catch (error) {
    detailsStore.update((s) => detailsFailed(s, id, errorMessage(error)));
  }
}

/** Turns the "include predecessors" switch and fetches the drill-down again; a late answer for another node is dropped. */
export async function setIncludePredecessors(on: boolean): Promise<void> {
  const { id } = detailsStore.get();
  detailsStore.update((s) => withPredecessors(s, on));
  if (id === null) return;
  try {
    const drill = await fetchDrillDown(id, on);
    if (detailsStore.get().includePredecessors === on) detailsStore.update((s) => drillLoaded(s, id, drill));
  } catch (error) {
    detailsStore.update((s) => detailsFailed(s, id, errorMessage(error)));
  }
}
