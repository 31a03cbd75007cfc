/** Sigma settings for the canvases: a stable object (a new object would make react-sigma rebuild sigma). */
import { EdgeLineProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { CanvasReducers } from "./canvas-reducers";
import type { CanvasEdgeAttributes, CanvasGraph, CanvasNodeAttributes } from "./graph-instance";
import { HIDDEN_PROGRAM, LARGE_GRAPH_EDGES, POINT_PROGRAM, THIN_EDGE_PROGRAM } from "./large-graph";
import { MovingPointProgram } from "./moving-point-program";
import { NullEdgeProgram, NullNodeProgram } from "./null-programs";
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
  // Sigma adds its defaults (circle; line, arrow) to these.
  nodeProgramClasses: { [HIDDEN_PROGRAM]: NullNodeProgram, [POINT_PROGRAM]: MovingPointProgram },
  edgeProgramClasses: { [HIDDEN_PROGRAM]: NullEdgeProgram, [THIN_EDGE_PROGRAM]: EdgeLineProgram },
};

/**
 * The main canvas's settings for the graph it opens on: its reducers, and the large-graph drawing choices
 * (each later change of a setting reprocesses every item; the layout controller adapts them on reloads).
 */
export function mainSigmaSettings(graph: CanvasGraph, reducers: CanvasReducers): Partial<Settings<CanvasNodeAttributes, CanvasEdgeAttributes>> {
  return { ...SIGMA_SETTINGS, ...largeGraphSettings(graph), nodeReducer: reducers.nodeReducer, edgeReducer: reducers.edgeReducer };
}

/** Hide edges and labels while the camera moves, and skip zIndex ordering (it sorts every item each refresh). */
export function largeGraphSettings(graph: { size: number }): Pick<Settings, "hideEdgesOnMove" | "hideLabelsOnMove" | "zIndex"> {
  const large = graph.size > LARGE_GRAPH_EDGES;
  return { hideEdgesOnMove: large, hideLabelsOnMove: large, zIndex: !large };
}
