/** The web bench's graph: generated, deterministic, with the product's shape (labels, types, hubs). */
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from "../cypher/model";
import type { ApiGraph } from "../web/shared/api-types";
import { prng } from "./prng";

export interface WebGraphOptions {
  nodes: number;
  edges: number;
  seed: number;
}

/** A graph with the product's shape: many programs and documents, fewer orgs, preferential attachment. */
export function generateGraph(o: WebGraphOptions): ApiGraph {
  const rand = prng(o.seed);
  const weights: Record<NodeLabel, number> = { Ministry: 0.01, Bureau: 0.04, Organization: 0.2, Program: 0.4, Person: 0.15, Document: 0.2 };
  const nodes: ApiGraph["nodes"] = [];
  for (let i = 0; i < o.nodes; i++) {
    let r = rand();
    const label = NODE_LABELS.find((l) => (r -= weights[l]) < 0) ?? "Program";
    nodes.push({ key: `${label.toLowerCase()}:${i}`, attributes: { label, name: `节点${i}`, nameEn: `Node ${i}`, aliases: [], properties: {} } });
  }
  const edges: ApiGraph["edges"] = [];
  for (let i = 0; i < o.edges; i++) {
    const s = Math.floor(rand() * o.nodes);
    const t = Math.floor(Math.pow(rand(), 2.2) * o.nodes); // skewed: hubs exist
    const type: RelationshipType = RELATIONSHIP_TYPES[Math.floor(rand() * RELATIONSHIP_TYPES.length)] ?? "OWNS";
    const dated = type === "OWNS" || type === "HOLDS" || type === "COLLABORATES";
    const source = nodes[s]?.key ?? "";
    const target = nodes[t === s ? (t + 1) % o.nodes : t]?.key ?? "";
    edges.push({
      key: `e${i}`,
      source,
      target,
      attributes: { type, year: dated ? 2010 + Math.floor(rand() * 13) : undefined, properties: {} },
    });
  }
  return { attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes, edges };
}
