/** Sigma settings for the canvases: a stable object (a new object would make react-sigma rebuild sigma). */
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { CanvasEdgeAttributes, CanvasNodeAttributes } from "./graph-instance";
import { HIDDEN_PROGRAM, LARGE_GRAPH_EDGES, POINT_PROGRAM, THIN_EDGE_PROGRAM, hiddenDisplay, nodeProgramFor } from "./large-graph";
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
  nodeProgramClasses: { [HIDDEN_PROGRAM]: NullNodeProgram, [POINT_PROGRAM]: NodePointProgram },
  edgeProgramClasses: { [HIDDEN_PROGRAM]: NullEdgeProgram, [THIN_EDGE_PROGRAM]: EdgeLineProgram },
};

/**
 * The main canvas's settings: until the reducers controller takes over, a large graph's first frame draws
 * no edges (the initial positions make every edge long, and a frame of them costs seconds without a GPU).
 */
export function mainSigmaSettings(graph: { order: number; size: number }): Partial<Settings<CanvasNodeAttributes, CanvasEdgeAttributes>> {
  return {
    ...SIGMA_SETTINGS,
    nodeReducer: (_node, data): Partial<NodeDisplayData> => ({ ...data, type: nodeProgramFor(graph.order) }),
    edgeReducer: (_edge, data): Partial<EdgeDisplayData> => (graph.size > LARGE_GRAPH_EDGES ? hiddenDisplay(data) : data),
  };
}
