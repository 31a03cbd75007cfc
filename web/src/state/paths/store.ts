/** The paths slice's store, hooks and actions: ends chosen in the panel, paths asked of the API and merged into the canvas. */
import type { HopLimit } from "../../../../cypher/hop-limit";
import type { PathsResponse } from "../../../shared/api-types";
import { errorMessage, fetchPaths } from "../../api/client";
import { mainGraph } from "../../graph/graph-instance";
import { graphDataStore, mergeIntoMain } from "../graph/store";
import { createStore, useStore } from "../store";
import { canFind, chooseActive, closePaths, found, findFailed, openPaths, restore, setEnd, setMax, startFinding, swapEnds } from "./transitions";
import { INITIAL_PATHS, type PathEnd, type PathsState } from "./types";
import type { UrlPaths } from "./url";

export const pathsStore = createStore<PathsState>(INITIAL_PATHS);

export function usePaths<S>(selector: (s: PathsState) => S): S {
  return useStore(pathsStore, selector);
}

/** The nodes and relationships of the drawn path(s), for the canvas reducers. */
export interface PathHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

let highlightCache: { result: PathsResponse | null; active: number | null; open: boolean; value: PathHighlight | null } | null = null;

/** The highlight of the current answer (one object per answer and choice, so effects depending on it run once). */
export function currentPathHighlight(): PathHighlight | null {
  const { result, active, open } = pathsStore.get();
  if (highlightCache?.result !== result || highlightCache.active !== active || highlightCache.open !== open) {
    highlightCache = { result, active, open, value: open ? toHighlight(result, active) : null };
  }
  return highlightCache.value;
}

function toHighlight(result: PathsResponse | null, active: number | null): PathHighlight | null {
  if (result === null || result.paths.length === 0) return null;
  const shown = active === null ? result.paths : result.paths.slice(active, active + 1);
  return {
    nodes: new Set(shown.flatMap((p) => p.nodes.map((n) => n.id))),
    edges: new Set(shown.flatMap((p) => p.steps.flatMap((s) => s.relationships))),
  };
}

export function usePathHighlight(): PathHighlight | null {
  return useStore(pathsStore, currentPathHighlight);
}

/** Asks the API for the paths between the chosen ends; the answer's nodes are brought into the canvas. */
export async function findPaths(): Promise<void> {
  const s = pathsStore.get();
  if (!canFind(s) || s.from === null || s.to === null) return;
  const request = { from: s.from.id, to: s.to.id, max: s.max };
  pathsStore.update(startFinding);
  try {
    const result = await fetchPaths(request);
    if (pathsStore.get().from?.id !== request.from || pathsStore.get().to?.id !== request.to) return;
    mergeIntoMain(result.graph, request.from);
    pathsStore.update((state) => found(state, result));
  } catch (error) {
    pathsStore.update((state) => findFailed(state, request, errorMessage(error)));
  }
}

/** Applies a change of the ends or the limit and asks again when both ends are set. */
function changeAndFind(transition: (s: PathsState) => PathsState): void {
  pathsStore.update(transition);
  if (canFind(pathsStore.get())) void findPaths();
}

export const showPathsFrom = (from?: PathEnd) => changeAndFind((s) => openPaths(s, from));
export const choosePathEnd = (which: "from" | "to", end: PathEnd | null) => changeAndFind((s) => setEnd(s, which, end));
export const swapPathEnds = () => changeAndFind(swapEnds);
export const setPathMax = (max: HopLimit) => changeAndFind((s) => setMax(s, max));
export const hidePaths = () => pathsStore.update(closePaths);
export const choosePath = (index: number | null) => pathsStore.update((s) => chooseActive(s, index));

/** An end known only by its id: its name from the canvas when there, else the id (the answer renames it). */
function endFor(id: string): PathEnd {
  if (!mainGraph.hasNode(id)) return { id, name: id };
  const a = mainGraph.getNodeAttributes(id);
  return { id, name: a.name, label: a.entity };
}

/** Runs `action` once the overview is in the canvas: merging an answer before it would be wiped by its import. */
function whenGraphLoaded(action: () => void): void {
  if (graphDataStore.get().version > 0) return action();
  const unsubscribe = graphDataStore.subscribe(() => {
    if (graphDataStore.get().version === 0) return;
    unsubscribe();
    action();
  });
}

/** Opens (or closes) the panel as a link says, at start and on Back/Forward; nothing when it already shows that. */
export function restorePaths(link: UrlPaths | null): void {
  const s = pathsStore.get();
  if (link === null) return hidePaths();
  if (s.open && s.from?.id === link.from && (s.to?.id ?? null) === link.to && s.max === link.max) return;
  whenGraphLoaded(() => changeAndFind((state) => restore(state, endFor(link.from), link.to === null ? null : endFor(link.to), link.max)));
}
