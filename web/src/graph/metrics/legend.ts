/** What the metrics legend lists: the biggest communities with their colour and best-known member, value labels. */
import { communitiesBySize, communityPalette, DEFAULT_METRIC_STYLE_OPTIONS } from "./metric-style";
import type { NodeMetrics } from "./types";

export interface CommunityRow {
  id: number;
  count: number;
  color: string;
  /** The member with the highest PageRank: it names the community better than a number. */
  topNode: string;
}

/** The `limit` biggest communities, and how many others there are (drawn in the palette's "other" grey or later colours). */
export function communityRows(metrics: NodeMetrics, limit: number): { rows: CommunityRow[]; others: number } {
  const palette = communityPalette(metrics.community);
  const top = new Map<number, string>();
  for (const [node, c] of Object.entries(metrics.community)) {
    const best = top.get(c);
    if (best === undefined || (metrics.pagerank[node] ?? 0) > (metrics.pagerank[best] ?? 0)) top.set(c, node);
  }
  const all = communitiesBySize(metrics.community);
  const rows = all.slice(0, limit).map(({ id, count }) => ({
    id,
    count,
    color: palette.get(id) ?? DEFAULT_METRIC_STYLE_OPTIONS.otherColor,
    topNode: top.get(id) ?? "",
  }));
  return { rows, others: all.length - rows.length };
}

/** A metric value for the legend: two significant digits, plain zero. */
export function formatMetric(value: number): string {
  return value === 0 ? "0" : value.toPrecision(2);
}
