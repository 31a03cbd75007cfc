/** Sigma settings for the canvases: a stable object (a new object would make react-sigma rebuild sigma). */
import type { Settings } from "sigma/settings";
import type { CanvasEdgeAttributes, CanvasNodeAttributes } from "./graph-instance";
import { FONT_STACK } from "./styles";

export const SIGMA_SETTINGS: Partial<Settings<CanvasNodeAttributes, CanvasEdgeAttributes>> = {
  labelFont: FONT_STACK,
  labelSize: 13,
  labelWeight: "500",
  labelColor: { color: "#1d2733" },
  labelDensity: 0.9,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 7,
  defaultEdgeType: "line",
  renderEdgeLabels: false,
  zIndex: true,
  minCameraRatio: 0.01,
  maxCameraRatio: 8,
  stagePadding: 40,
};

/** Above this many edges, edges and labels are hidden while the camera moves, to keep panning fluid. */
export const LARGE_GRAPH_EDGES = 5000;

/**
 * The main canvas's settings: until the reducers controller takes over, a large graph's first frame draws
 * no edges (the initial positions make every edge long, and a frame of them costs seconds without a GPU).
 */
export function mainSigmaSettings(graph: { size: number }): Partial<Settings<CanvasNodeAttributes, CanvasEdgeAttributes>> {
  return {
    ...SIGMA_SETTINGS,
    edgeReducer: (_edge, data) => (graph.size > LARGE_GRAPH_EDGES ? { ...data, hidden: true } : data),
  };
}
