/** The graph-data slice's store, hooks and async actions (they write the one main graph). */
import { fetchGraph, fetchHealth, fetchNeighbours, fetchYears, errorMessage } from "../../api/client";
import { ApiRequestError } from "../../api/errors";
import { mainGraph } from "../../graph/graph-instance";
import { mergeGraph, replaceGraph } from "../../graph/import-graph";
import { createStore, useStore } from "../store";
import { fillYears, yearExtent, yearHistogram } from "./histogram";
import { expanded, failed, loaded, setExpanding, startLoading, yearsLoaded } from "./transitions";
import { INITIAL_GRAPH_DATA, type GraphDataState, type OverviewBudget, type YearBin } from "./types";
import type { YearRange } from "../view/types";

export const graphDataStore = createStore<GraphDataState>(INITIAL_GRAPH_DATA);

export function useGraphData<S>(selector: (s: GraphDataState) => S): S {
  return useStore(graphDataStore, selector);
}

export interface Histogram {
  /** The database's facts per year when GET /api/years answered, else the canvas graph's. */
  bins: YearBin[];
  /** The canvas graph's facts per year (what the range actually filters on screen). */
  canvas: ReadonlyMap<number, number>;
  extent: YearRange | null;
  fromServer: boolean;
}

let histogramCache: { version: number; server: YearBin[] | null; value: Histogram } | null = null;

/** The histogram and year extent, recomputed once per graph version or server answer. */
export function currentHistogram(): Histogram {
  const { version, serverYears } = graphDataStore.get();
  if (histogramCache?.version !== version || histogramCache.server !== serverYears) {
    const local = yearHistogram(mainGraph);
    const bins = serverYears ? fillYears([...serverYears, ...local.filter((b) => !serverYears.some((s) => s.year === b.year))]) : local;
    const canvas = new Map(local.map((b) => [b.year, b.count]));
    histogramCache = { version, server: serverYears, value: { bins, canvas, extent: yearExtent(bins), fromServer: serverYears !== null } };
  }
  return histogramCache.value;
}

/** Asks the API for the database's facts per year; without an answer the axis keeps the canvas's counts. */
async function loadServerYears(): Promise<void> {
  try {
    const { years } = await fetchYears();
    graphDataStore.update((s) => yearsLoaded(s, years));
  } catch {
    // Optional: the time axis falls back to the loaded graph's histogram (as before GET /api/years existed).
  }
}

/** Checks health and loads the whole overview graph into the main graph (both asked at once). */
/** Loads the overview; `nodeBudget` asks for more nodes than the server's budget ("show more"). */
export async function loadOverview(nodeBudget?: number): Promise<void> {
  graphDataStore.update(startLoading);
  try {
    const graphRequest = fetchGraph(nodeBudget === undefined ? {} : { nodeBudget });
    // Neo4j down: the health answer says so, and the graph's own failure must not go unhandled.
    graphRequest.catch(() => undefined);
    const health = await fetchHealth();
    if (!health.ok || !health.neo4j.reachable) {
      graphDataStore.update((s) => failed(s, health.neo4j.message ?? "Neo4j unreachable", "neo4j"));
      return;
    }
    void loadServerYears();
    const api = await graphRequest;
    replaceGraph(mainGraph, api);
    const overview = overviewBudgetOf(api.attributes);
    graphDataStore.update((s) => ({ ...loaded(s), overview }));
  } catch (error) {
    const kind = error instanceof ApiRequestError && error.status === 503 ? "neo4j" : "api";
    graphDataStore.update((s) => failed(s, errorMessage(error), kind));
  }
}

/** Loads a graph given directly (the web benchmark and tests use it through window.__miit). */
export function loadGraphData(api: Parameters<typeof replaceGraph>[1]): void {
  replaceGraph(mainGraph, api);
  graphDataStore.update(loaded);
}

/** What an expand did: nodes added, or the error message (never thrown). */
export interface ExpandOutcome {
  added: number;
  error: string | null;
}

/** Merges an API graph (a path's nodes and relationships) into the main graph, new nodes around `around`; returns how many were added. */
export function mergeIntoMain(api: Parameters<typeof mergeGraph>[1], around?: string): number {
  const added = mergeGraph(mainGraph, api, around);
  graphDataStore.update((s) => expanded(s, added.length));
  return added.length;
}

/** Brings a node's neighbourhood in from the API, in place. Throws nothing: the caller shows the outcome. */
export async function expandNode(id: string): Promise<ExpandOutcome> {
  graphDataStore.update((s) => setExpanding(s, id));
  try {
    const api = await fetchNeighbours(id);
    const added = mergeGraph(mainGraph, api, id);
    graphDataStore.update((s) => expanded(s, added.length));
    return { added: added.length, error: null };
  } catch (error) {
    graphDataStore.update((s) => setExpanding(s, null));
    return { added: 0, error: errorMessage(error) };
  }
}

/** The budget attributes of GET /api/graph, when it sent them. */
function overviewBudgetOf(attributes: Record<string, unknown>): OverviewBudget | null {
  const { totalNodes, nodeBudget, leftOutNodes } = attributes;
  return typeof totalNodes === "number" && typeof nodeBudget === "number" && typeof leftOutNodes === "number" ? { totalNodes, nodeBudget, leftOutNodes } : null;
}
