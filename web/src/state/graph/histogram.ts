/** Year histogram of the dated facts (OWNS, HOLDS, COLLABORATES) held by the canvas graph. */
import { DATED_RELATIONSHIP_TYPES } from "../../../../cypher/model";
import type { CanvasGraph } from "../../graph/graph-instance";
import type { YearRange } from "../view/types";
import type { YearBin } from "./types";

const DATED = new Set<string>(DATED_RELATIONSHIP_TYPES);

/** Counts dated facts per year, every year between the first and last present (zeros included). */
export function yearHistogram(graph: CanvasGraph): YearBin[] {
  const bins = new Map<number, YearBin>();
  graph.forEachEdge((_e, a) => {
    if (a.year === undefined || !DATED.has(a.relType)) return;
    const bin = bins.get(a.year) ?? { year: a.year, count: 0, byType: {} };
    bin.count += 1;
    bin.byType[a.relType] = (bin.byType[a.relType] ?? 0) + 1;
    bins.set(a.year, bin);
  });
  return fillYears([...bins.values()]);
}

/** Sorts bins by year and adds empty bins for the missing years in between (so the axis has no gaps). */
export function fillYears(bins: readonly YearBin[]): YearBin[] {
  if (bins.length === 0) return [];
  const byYear = new Map(bins.map((b) => [b.year, b]));
  const years = [...byYear.keys()];
  const min = Math.min(...years);
  const max = Math.max(...years);
  const out: YearBin[] = [];
  for (let y = min; y <= max; y++) out.push(byYear.get(y) ?? { year: y, count: 0, byType: {} });
  return out;
}

export function yearExtent(bins: readonly YearBin[]): YearRange | null {
  const first = bins[0];
  const last = bins[bins.length - 1];
  return first && last ? [first.year, last.year] : null;
}
