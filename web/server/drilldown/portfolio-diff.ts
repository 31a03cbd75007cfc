/** The year-to-year diff of a portfolio (GET /api/bureaus/:id/diff), from OWNS facts of two years; pure. */
import type { PortfolioDiffItem, PortfolioDiffResponse } from "../../shared/api-types";

export interface PortfolioFactRow {
  id: string;
  name: string;
  year: number | null;
  evidence: string[];
  evidenceDocIds: string[];
}

/**
 * Input: the node's OWNS facts of `from` and `to` (its programs, or a program's owners). Output: what only
 * `to` has (added), only `from` has (removed), both have (kept: evidence of both years), most evidence first.
 */
export function portfolioDiff(from: number, to: number, rows: readonly PortfolioFactRow[]): PortfolioDiffResponse {
  const byId = new Map<string, { item: PortfolioDiffItem; years: Set<number>; seen: Set<string> }>();
  for (const row of rows) {
    if (row.year !== from && row.year !== to) continue;
    const year = row.year;
    const entry = byId.get(row.id) ?? { item: { id: row.id, name: row.name, evidence: [] }, years: new Set<number>(), seen: new Set<string>() };
    entry.years.add(year);
    row.evidence.forEach((sentence, i) => {
      const docId = row.evidenceDocIds[i] ?? "";
      const key = `${year}\u0000${docId}\u0000${sentence}`;
      if (entry.seen.has(key)) return;
      entry.seen.add(key);
      entry.item.evidence.push({ sentence, docId, year });
    });
    byId.set(row.id, entry);
  }
  const added: PortfolioDiffItem[] = [];
  const removed: PortfolioDiffItem[] = [];
  const kept: PortfolioDiffItem[] = [];
  for (const { item, years } of byId.values()) {
    if (years.has(from) && years.has(to)) kept.push(item);
    else if (years.has(to)) added.push(item);
    else removed.push(item);
  }
  return { from, to, added: ordered(added), removed: ordered(removed), kept: ordered(kept) };
}

function ordered(items: PortfolioDiffItem[]): PortfolioDiffItem[] {
  for (const item of items) item.evidence.sort((a, b) => a.year - b.year);
  return items.sort((a, b) => b.evidence.length - a.evidence.length || a.name.localeCompare(b.name, "zh"));
}
