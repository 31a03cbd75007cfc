/**
 * The edge budget of big graphs: without a GPU (software WebGL) a frame of 80k long edges costs seconds, so above
 * a budget the least telling relationship types are not drawn until the user zooms in or picks a node.
 */
import type { RelationshipType } from "../../../cypher/model";

export interface EdgeBudgetOptions {
  /** At most this many edges are drawn at the overview zoom. */
  maxEdges: number;
  /** Below this camera ratio (zoomed in), every visible edge is drawn again. */
  zoomedInRatio: number;
}

// Large graphs draw edges as thin GL lines (sigma-settings.ts): 15k of them cost ~0.14 s a frame without a GPU.
export const DEFAULT_EDGE_BUDGET_OPTIONS: EdgeBudgetOptions = { maxEdges: 15_000, zoomedInRatio: 0.2 };

/** The order types are dropped in: document links first, the facts (owns, holds) last. */
export const EDGE_DROP_ORDER: readonly RelationshipType[] = ["MENTIONS", "CITES", "ISSUED_BY", "PART_OF", "COLLABORATES", "HOLDS", "OWNS"];

/**
 * Given the visible edges by type, the types to leave undrawn so that at most `maxEdges` remain
 * (types are dropped whole, in EDGE_DROP_ORDER). An empty list: everything fits.
 */
export function typesOverBudget(byType: Partial<Record<RelationshipType, number>>, maxEdges: number): RelationshipType[] {
  let remaining = Object.values(byType).reduce((a, b) => a + (b ?? 0), 0);
  const dropped: RelationshipType[] = [];
  for (const type of EDGE_DROP_ORDER) {
    if (remaining <= maxEdges) break;
    const n = byType[type] ?? 0;
    if (n === 0) continue;
    dropped.push(type);
    remaining -= n;
  }
  return dropped;
}
