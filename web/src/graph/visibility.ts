/** Which nodes and edges the filters leave visible: computed once per filter change, read by the reducers. */
import { DATED_RELATIONSHIP_TYPES, type DocumentKind, type NodeLabel, type RelationshipType } from "../../../cypher/model";
import { typedFactKey } from "../../../cypher/fact-key";
import { documentKindOf } from "./document-kinds";
import type { CanvasGraph } from "./graph-instance";

export interface VisibilityFilter {
  hiddenLabels: readonly NodeLabel[];
  hiddenTypes: readonly RelationshipType[];
  /** Documents of these genres are hidden (documents without a genre, such as cited titles, are not). */
  hiddenKinds: readonly DocumentKind[];
  yearRange: readonly [number, number] | null;
  /** When set, only this node and its neighbours stay visible. */
  focusId: string | null;
  /**
   * With a year range: also hide programs and people whose dated facts all fall outside it and that have no
   * undated link except document mentions (otherwise they would float, unconnected, in the range's picture).
   */
  hideEmptyNodes?: boolean;
  /** Typed keys (cypher/fact-key.ts) of facts an analyst rejected: hidden unless showRejected. */
  rejectedFacts?: ReadonlySet<string>;
  showRejected?: boolean;
}

export interface Visibility {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  visibleNodeCount: number;
  visibleEdgeCount: number;
  visibleEdgesByType: Partial<Record<RelationshipType, number>>;
  /** Rejected facts still drawn (showRejected on): the reducers strike them through. */
  rejectedEdges: ReadonlySet<string>;
}

const DATED = new Set<string>(DATED_RELATIONSHIP_TYPES);

const HIDEABLE_WHEN_EMPTY = new Set<string>(["Program", "Person"]);

function isOutOfRange(relType: string, year: number | undefined, range: VisibilityFilter["yearRange"]): boolean {
  return range !== null && DATED.has(relType) && (year === undefined || year < range[0] || year > range[1]);
}

/** Programs and people with dated facts, none in range, and no undated link other than MENTIONS. */
function emptyInRange(graph: CanvasGraph, f: VisibilityFilter): Set<string> {
  const empty = new Set<string>();
  if (f.yearRange === null || f.hideEmptyNodes === false) return empty;
  graph.forEachNode((node, a) => {
    if (!HIDEABLE_WHEN_EMPTY.has(a.entity)) return;
    let dated = 0;
    let keep = false;
    graph.forEachEdge(node, (_e, ea) => {
      if (keep) return;
      if (DATED.has(ea.relType)) {
        dated += 1;
        if (!isOutOfRange(ea.relType, ea.year, f.yearRange)) keep = true;
      } else if (ea.relType !== "MENTIONS") keep = true;
    });
    if (!keep && dated > 0) empty.add(node);
  });
  return empty;
}

function isRejectedFact(relType: RelationshipType, key: unknown, rejected: ReadonlySet<string>): boolean {
  return typeof key === "string" && rejected.has(typedFactKey(relType, key));
}

/** Computes the hidden sets: label/type/genre filters, the year range on dated facts (and nodes left without any), and focus. */
export function computeVisibility(graph: CanvasGraph, f: VisibilityFilter): Visibility {
  const hiddenNodes = emptyInRange(graph, f);
  const hiddenEdges = new Set<string>();
  const labels = new Set<string>(f.hiddenLabels);
  const types = new Set<string>(f.hiddenTypes);
  const kinds = new Set<string>(f.hiddenKinds);
  const focus = f.focusId !== null && graph.hasNode(f.focusId) ? new Set([f.focusId, ...graph.neighbors(f.focusId)]) : null;
  graph.forEachNode((node, a) => {
    const hiddenKind = kinds.size > 0 && kinds.has(documentKindOf(a) ?? "");
    if (labels.has(a.entity) || hiddenKind || (focus !== null && !focus.has(node))) hiddenNodes.add(node);
  });
  const byType: Partial<Record<RelationshipType, number>> = {};
  let visibleEdgeCount = 0;
  const rejectedEdges = new Set<string>();
  const rejected = f.rejectedFacts ?? new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    const isRejected = rejected.size > 0 && isRejectedFact(a.relType, a.properties.key, rejected);
    if (isRejected && f.showRejected) rejectedEdges.add(edge);
    if ((isRejected && !f.showRejected) || types.has(a.relType) || isOutOfRange(a.relType, a.year, f.yearRange) || hiddenNodes.has(source) || hiddenNodes.has(target)) {
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
    rejectedEdges,
  };
}
