/** Small serialised graphs for the metrics tests. */
import type { SerializedGraph } from "graphology-types";
import type { MetricsEdgeAttributes } from "../../../../web/src/graph/metrics/compute-metrics";

type Input = SerializedGraph<Record<string, unknown>, MetricsEdgeAttributes>;

/** Builds a directed multigraph from "a>b" pairs, each of weight 1 unless given. */
export function serialised(pairs: readonly (string | [string, number])[]): Input {
  const keys = new Set<string>();
  const edges = pairs.map((p, i) => {
    const [pair, weight] = typeof p === "string" ? [p, 1] : p;
    const [source = "", target = ""] = pair.split(">");
    keys.add(source);
    keys.add(target);
    return { key: `e${i}`, source, target, attributes: { weight } };
  });
  return { options: { type: "directed", multi: true, allowSelfLoops: true }, attributes: {}, nodes: [...keys].map((key) => ({ key })), edges };
}

/** Two five-node cliques (a*, b*) joined by one bridge a0–b0: two communities, the bridge ends in between. */
export function twoCliques(): Input {
  const pairs: string[] = [];
  for (const side of ["a", "b"]) for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) pairs.push(`${side}${i}>${side}${j}`);
  pairs.push("a0>b0");
  return serialised(pairs);
}
