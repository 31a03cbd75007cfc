/**
 * window.__miit: a read-only window on what the page shows, for end-to-end tests and the web benchmark.
 * Every field is read live from the state slices (no stale snapshot).
 */
import type { RelationshipType } from "../../cypher/model";
import type { ApiGraph } from "../shared/api-types";
import type { NodeMetric } from "./graph/metrics/types";
import type { LayoutStatus } from "./state/graph/types";
import type { AsyncStatus } from "./state/store";

export interface MiitPageHooks {
  /** Nodes and edges in the main graph. */
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** Nodes and edges drawn after label/type/year/focus filters. */
  readonly visibleNodeCount: number;
  readonly visibleEdgeCount: number;
  /** Drawn edges by relationship type, e.g. visibleEdgesByType.OWNS. */
  readonly visibleEdgesByType: Partial<Record<RelationshipType, number>>;
  readonly selectedId: string | null;
  readonly yearRange: readonly [number, number] | null;
  readonly graphStatus: AsyncStatus;
  readonly layoutStatus: LayoutStatus;
  /** The last full layout was restored from the layout cache (same overview as before), not computed. */
  readonly layoutCached: boolean;
  /** Wall time of the last layout (FA2 + noverlap), ms. */
  readonly layoutMs: number | null;
  /** performance.now() of the first render with nodes, ms since navigation start. */
  readonly firstDrawMs: number | null;
  /** Frames rendered by sigma so far. */
  readonly renderCount: number;
  /** Durations of sigma's last (up to 200) renders, ms: processing + drawing. */
  readonly recentRenderMs: number[];
  /** Console: rows in the last result and nodes in its graph. */
  readonly consoleRowCount: number;
  readonly consoleNodeCount: number;
  /** A dated fact's edge in the main canvas: drawn ("visible"), filtered or rejected ("hidden"), or not loaded ("absent"). */
  factEdgeState(type: RelationshipType, start: string, end: string, year: number): "visible" | "hidden" | "absent";
  /** The data version the page found at start (the link then carries it), null until that check ended. */
  readonly checkedDataVersion: string | null;
  /** The colour sigma draws a node in (after the reducers), or null if absent. */
  nodeDisplayColor(id: string): string | null;
  /** Paths panel: its request status and the number of listed paths. */
  readonly pathStatus: AsyncStatus;
  readonly pathCount: number;
  /** Nodes sigma draws highlighted, read from its display data (the reducers' output). */
  readonly highlightedNodeIds: string[];
  /** Edges sigma draws in the path colour (PATH_EDGE_COLOR), read from its display data. */
  readonly pathEdgeIds: string[];
  /** Viewport coordinates (CSS px, relative to the canvas) of a node, or null if absent/hidden. */
  nodeViewportPosition(id: string): { x: number; y: number } | null;
  /** The metrics worker's state; ready: metrics are there for the graph now loaded. */
  readonly metricsStatus: AsyncStatus;
  readonly metricsReady: boolean;
  /** Wall time of the last metrics computation in the worker, ms. */
  readonly metricsMs: number | null;
  /** The page's values of a metric (or Louvain community ids) by node id, or null before any are computed. */
  metricValues(metric: NodeMetric | "community"): Record<string, number> | null;
  /** Size and colour of every node sigma draws now (its display data after the reducers), hidden nodes left out. */
  drawnNodes(): { id: string; size: number; color: string }[];
  /** Loads a graph into the main canvas through the same code path as the API's (benchmarks). */
  loadGraph(graph: ApiGraph): void;
}

declare global {
  interface Window {
    __miit?: MiitPageHooks;
  }
}

/** Installs the hooks object on window (idempotent: the last installer wins). */
export function installPageHooks(hooks: MiitPageHooks): void {
  Object.defineProperty(window, "__miit", { value: hooks, configurable: true, enumerable: false });
}
