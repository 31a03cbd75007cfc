/** Which nodes and edges the filters leave visible: computed once per filter change, read by the reducers. */
import { DATED_RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from "../../../cypher/model";
import type { CanvasGraph } from "./graph-instance";

export interface VisibilityFilter {
  hiddenLabels: readonly NodeLabel[];
  hiddenTypes: readonly RelationshipType[];
  yearRange: readonly [number, number] | null;
  /** When set, only this node and its neighbours stay visible. */
  focusId: string | null;
}

export interface Visibility {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  visibleNodeCount: number;
  visibleEdgeCount: number;
  visibleEdgesByType: Partial<Record<RelationshipType, number>>;
}

const DATED = new Set<string>(DATED_RELATIONSHIP_TYPES);

/** Computes the hidden sets: label/type filters, the year range on dated facts, and focus. */
export function computeVisibility(graph: CanvasGraph, f: VisibilityFilter): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const labels = new Set<string>(f.hiddenLabels);
  const types = new Set<string>(f.hiddenTypes);
  const focus = f.focusId !== null && graph.hasNode(f.focusId) ? new Set([f.focusId, ...graph.neighbors(f.focusId)]) : null;
  graph.forEachNode((node, a) => {
    if (labels.has(a.entity) || (focus !== null && !focus.has(node))) hiddenNodes.add(node);
  });
  const byType: Partial<Record<RelationshipType, number>> = {};
  let visibleEdgeCount = 0;
  graph.forEachEdge((edge, a, source, target) => {
    const outOfRange =
      f.yearRange !== null && DATED.has(a.relType) && (a.year === undefined || a.year < f.yearRange[0] || a.year > f.yearRange[1]);
    if (types.has(a.relType) || outOfRange || hiddenNodes.has(source) || hiddenNodes.has(target)) {
      hiddenEdges.add(edge);
      return;
    }
    visibleEdgeCount += 1;
    byType[a.relType] = (byType[a.relType] ?? 0) + 1;
  });
  return {
    hiddenNodes,
    hiddenEdges,
    visibleNodeCount: graph.order - hiddenNodes.size,
    visibleEdgeCount,
    visibleEdgesByType: byType,
  };
}
