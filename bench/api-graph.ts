/**
 * `bench:api`'s synthetic graph: BENCH_API_NODES nodes and BENCH_API_RELATIONSHIPS relationships (100,000 and
 * 1,000,000 by default) with the product's model — its labels, ids, names, aliases, years, evidence lists,
 * provenance and fact keys — as rows for the product's own merge statements. The same seed draws the same graph.
 */
import type { RelationshipType } from "../cypher/model";
import { entityRows, generateEntities, type EntityPools } from "./api-graph-entities";
import { drawFacts, drawMentions, relationshipTargets } from "./api-graph-facts";
import { citesRows, issuedByRows, partOfRows, succeededByRows } from "./api-graph-links";
import { prng } from "./prng";

type Row = Record<string, unknown>;

export interface ApiGraphOptions {
  nodes: number;
  relationships: number;
  seed: number;
}

export const DEFAULT_API_GRAPH_OPTIONS: ApiGraphOptions = { nodes: 100_000, relationships: 1_000_000, seed: 13 };

export interface BenchGraph {
  /** merge-entities rows (plain JS values: the loader wraps integers). */
  entities: Row[];
  relationships: Map<RelationshipType, Row[]>;
  pools: EntityPools;
}

export function generateApiGraph(options: ApiGraphOptions): BenchGraph {
  const rand = prng(options.seed);
  const pools = generateEntities(options.nodes, rand);
  const targets = relationshipTargets(options.relationships, pools.sourceDocs.length);
  const relationships = new Map<RelationshipType, Row[]>();
  relationships.set("MENTIONS", drawMentions(pools, targets.MENTIONS, rand));
  for (const type of ["OWNS", "HOLDS", "COLLABORATES"] as const) relationships.set(type, drawFacts(type, pools, targets[type], rand));
  relationships.set("ISSUED_BY", issuedByRows(pools));
  relationships.set("CITES", citesRows(pools, targets.CITES, rand));
  relationships.set("PART_OF", partOfRows(pools, targets.PART_OF, rand));
  relationships.set("SUCCEEDED_BY", succeededByRows(pools, targets.SUCCEEDED_BY, rand));
  // Documents last: their fact key lists are complete once every fact is drawn.
  return { entities: entityRows(pools, rand), relationships, pools };
}

/** Nodes and relationships of a generated graph. */
export function graphSize(graph: BenchGraph): { nodes: number; relationships: number } {
  let relationships = 0;
  for (const rows of graph.relationships.values()) relationships += rows.length;
  return { nodes: graph.entities.length, relationships };
}
