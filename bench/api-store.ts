/**
 * Loads the API bench's graph into its own Neo4j with the product's schema and merge statements (the ones
 * `npm run ingest` runs), UNWIND batches of 10,000 rows, one transaction each — no extraction on the way.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { RELATIONSHIP_TYPES } from "../cypher/model";
import { toNeo4jValue } from "../cypher/neo4j-params";
import { loadQuery, type QueryName } from "../cypher/queries";
import { MERGE_QUERY, openGraphStore } from "../ingest/neo4j/graph-store";
import type { BenchGraph } from "./api-graph";

const BATCH_ROWS = 10_000;

type Row = Record<string, unknown>;

/** Integers as Neo4j INTEGERs, as graph-rows does; confidence stays a list of FLOATs (1.0 would go as 1). */
function toParamRow(row: Row): Row {
  const wrapped = toNeo4jValue(row) as Row;
  return Array.isArray(row.confidence) ? { ...wrapped, confidence: row.confidence } : wrapped;
}

async function writeBatches(driver: Driver, name: QueryName, rows: readonly Row[]): Promise<void> {
  const text = loadQuery(name);
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const batch = rows.slice(i, i + BATCH_ROWS).map(toParamRow);
    await driver.executeQuery(text, { rows: batch }, { routing: neo4j.routing.WRITE });
  }
}

/** Applies the schema, writes every node then every relationship type, then the programs' years; waits for the indexes. */
export async function loadBenchGraph(driver: Driver, settings: { uri: string; username: string; password: string }, graph: BenchGraph): Promise<void> {
  const store = await openGraphStore(settings);
  try {
    await store.applySchema();
    await writeBatches(driver, "merge-entities", graph.entities);
    for (const type of RELATIONSHIP_TYPES) await writeBatches(driver, MERGE_QUERY[type], graph.relationships.get(type) ?? []);
    await store.updateProgramYears();
  } finally {
    await store.close();
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { routing: neo4j.routing.WRITE });
}
