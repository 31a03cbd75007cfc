/**
 * Draws the OWNS analysts added by hand (reviews with status "added") as edges of the main canvas, between
 * nodes the canvas holds, after every load and every change of the reviews. They are keyed `review:<id>`,
 * so a reload or a removed review takes them away again.
 */
import { useEffect } from "react";
import { mainGraph } from "../../graph/graph-instance";
import { TYPE_SIZES, TYPE_WEIGHTS } from "../../graph/styles";
import { useGraphData } from "../../state/graph/store";
import { useReviews } from "../../state/reviews/store";

export const ADDED_FACT_COLOR = "#2e86de";
const PREFIX = "review:";

export function AddedFactsController(): null {
  const version = useGraphData((s) => s.version);
  const byFact = useReviews((s) => s.byFact);
  useEffect(() => {
    const wanted = [...byFact.values()].filter((r) => r.status === "added" && r.type === "OWNS" && mainGraph.hasNode(r.start) && mainGraph.hasNode(r.end));
    const keys = new Set(wanted.map((r) => `${PREFIX}${r.id}`));
    for (const edge of mainGraph.edges()) if (edge.startsWith(PREFIX) && !keys.has(edge)) mainGraph.dropEdge(edge);
    for (const r of wanted) {
      const key = `${PREFIX}${r.id}`;
      if (mainGraph.hasEdge(key)) continue;
      mainGraph.addEdgeWithKey(key, r.start, r.end, {
        relType: "OWNS",
        ...(r.year === null ? {} : { year: r.year }),
        size: TYPE_SIZES.OWNS,
        color: ADDED_FACT_COLOR,
        weight: TYPE_WEIGHTS.OWNS,
        type: "arrow",
        properties: { key: r.factKey, review: "added", evidence: r.sentence === null ? [] : [r.sentence] },
      });
    }
  }, [version, byFact]);
  return null;
}
