/**
 * The main canvas's node and edge reducers: hover, selection, search, filter and metric styling applied at draw time,
 * graph attributes untouched. They are sigma settings from the start (installing reducers later reprocesses
 * every item, ~0.5 s on a 100k-item graph without a GPU); the reducers controller only swaps their inputs.
 * Sigma passes reducers a shallow copy of the attributes, which they change in place.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { CanvasEdgeAttributes, CanvasGraph, CanvasNodeAttributes } from "./graph-instance";
import type { MetricStyle } from "./metrics/metric-style";
import { LARGE_GRAPH_EDGES, hiddenDisplay, nodeProgramFor } from "./large-graph";
import { DIFF_COLORS, DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, PATH_EDGE_COLOR, REJECTED_EDGE_COLOR } from "./styles";
import type { DiffMark } from "../state/compare/types";

export interface StyleInputs {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  /** The node whose neighbourhood is emphasised (hovered, else selected), and that neighbourhood. */
  centre: string | null;
  emphasised: ReadonlySet<string> | null;
  selected: string | null;
  english: boolean;
  /** Large graphs draw no edges while the layout moves them: long edges cost far more than they tell. */
  hideAllEdges: boolean;
  /** Relationship types over the edge budget (edge-budget.ts): drawn only where they touch the centre. */
  overBudget: ReadonlySet<string>;
  /** "Compare years": the selected node's programs (or owners) coloured by how they fared; empty when off. */
  diffMarks: ReadonlyMap<string, DiffMark>;
  /** Size and colour by a metric or community (metrics/metric-style.ts); null keeps the data's. */
  metricStyle: MetricStyle | null;
  /** Rejected facts drawn because "show rejected" is on: struck through (dashed colour, thin). */
  rejectedEdges: ReadonlySet<string>;
  /** A path found between two entities: drawn over everything else (filters included), the rest dimmed. */
  path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

export interface CanvasReducers {
  nodeReducer(node: string, data: CanvasNodeAttributes): Partial<NodeDisplayData>;
  edgeReducer(edge: string, data: CanvasEdgeAttributes): Partial<EdgeDisplayData>;
  /** Replaces the inputs; the caller refreshes sigma. null: before the page has any (first frame). */
  setInputs(inputs: StyleInputs | null): void;
}

export function createCanvasReducers(graph: CanvasGraph): CanvasReducers {
  let s: StyleInputs | null = null;
  return {
    nodeReducer(node, data) {
      const out: CanvasNodeAttributes & Partial<NodeDisplayData> = data;
      out.type = nodeProgramFor(graph.order);
      if (!s) return out;
      if (s.english && data.nameEn) out.label = data.nameEn;
      if (s.path) return pathNode(s.path.nodes.has(node), s.hiddenNodes.has(node), out);
      if (s.hiddenNodes.has(node)) return hiddenDisplay(out);
      const size = s.metricStyle?.sizes?.get(node);
      if (size !== undefined) out.size = size;
      const color = s.metricStyle?.colors?.get(node);
      if (color !== undefined) out.color = color;
      // `out` is `data`: keep the label before dimming blanks it, for a compared node outside the neighbourhood.
      const ownLabel = out.label;
      if (s.emphasised && !s.emphasised.has(node)) {
        out.color = DIMMED_NODE_COLOR;
        out.label = "";
        out.zIndex = 0;
      } else if (s.emphasised) {
        out.zIndex = 1;
        out.forceLabel = true;
      }
      const mark = s.diffMarks.get(node);
      if (mark !== undefined) {
        out.color = DIFF_COLORS[mark];
        out.label = ownLabel;
        out.forceLabel = true;
        out.zIndex = 2;
      }
      if (node === s.selected || node === s.centre) {
        out.highlighted = true;
        out.zIndex = 2;
      }
      return out;
    },
    edgeReducer(edge, data) {
      // Before any inputs, a large graph's first frame draws no edges: the start positions make every edge long.
      if (!s) return graph.size > LARGE_GRAPH_EDGES ? hiddenDisplay(data) : data;
      if (s.path?.edges.has(edge)) return Object.assign(data, { color: PATH_EDGE_COLOR, size: Math.max(3, data.size * 2), zIndex: 2 });
      if (s.hideAllEdges || s.hiddenEdges.has(edge)) return hiddenDisplay(data);
      if (s.rejectedEdges.has(edge)) return Object.assign(data, { color: REJECTED_EDGE_COLOR, size: Math.max(0.5, data.size * 0.6), zIndex: 0 });
      if (s.path) return Object.assign(data, { color: DIMMED_EDGE_COLOR, zIndex: 0 });
      const touches = s.centre !== null && (graph.source(edge) === s.centre || graph.target(edge) === s.centre);
      if (!touches && s.overBudget.has(data.relType)) return hiddenDisplay(data);
      if (s.centre === null) return data;
      return touches ? Object.assign(data, { size: data.size * 1.3, zIndex: 1 }) : Object.assign(data, { color: DIMMED_EDGE_COLOR, zIndex: 0 });
    },
    setInputs(inputs) {
      s = inputs;
    },
  };
}

/** A node while a path is drawn: on it, highlighted and labelled even if a filter hides it; off it, dimmed (or hidden). */
function pathNode<T extends Partial<NodeDisplayData>>(onPath: boolean, hidden: boolean, out: T): T {
  if (onPath) return Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 2 });
  if (hidden) return hiddenDisplay(out);
  return Object.assign(out, { color: DIMMED_NODE_COLOR, label: "", zIndex: 0 });
}
