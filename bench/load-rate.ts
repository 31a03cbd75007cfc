/**
 * Neo4j load throughput: the product's batched loader (relationship rows of every document per second,
 * everything it writes included) against a raw `UNWIND … CREATE` of as many relationships with the same
 * properties, on the same server in the same run; the goal is a ratio ≥ 0.5.
 */
import neo4j from "neo4j-driver";
import type { DocumentGraph } from "../ingest/model";
import type { GraphStore, WriteOptions } from "../ingest/neo4j/graph-store";
import { createLoadBatcher } from "../ingest/neo4j/load-batcher";
import { toNeo4jValue } from "../cypher/neo4j-params";
import { DEFAULT_BATCH_ROWS } from "../ingest/pipeline";
import { benchNeo4j } from "./bench-neo4j";

/** Bench-only statements on bench-only labels, never on the product's data. */
const RAW_INDEX = "CREATE INDEX raw_bench_id IF NOT EXISTS FOR (n:RawBench) ON (n.id)";
const RAW_NODES = "UNWIND $ids AS id CREATE (:RawBench {id: id})";
const RAW_RELATIONSHIPS = `UNWIND $rows AS row
MATCH (a:RawBench {id: row.start})
MATCH (b:RawBench {id: row.end})
CREATE (a)-[r:RAW_BENCH]->(b)
SET r = row.properties`;
const RAW_BATCH = 10_000;

/** Writes the graphs with the product's loader, as `npm run ingest` does; returns the seconds it took. */
export async function loadWithProduct(store: GraphStore, graphs: readonly DocumentGraph[], options: WriteOptions = {}): Promise<number> {
  const started = performance.now();
  const batcher = createLoadBatcher(store, DEFAULT_BATCH_ROWS, options, {
    onWritten: (outcomes) => {
      const failed = outcomes.find((o) => "error" in o);
      if (failed !== undefined && "error" in failed) throw failed.error;
    },
  });
  for (const graph of graphs) await batcher.add(graph);
  await batcher.finish();
  return (performance.now() - started) / 1000;
}

async function rawCreateSeconds(graphs: readonly DocumentGraph[]): Promise<number> {
  const driver = benchNeo4j.driver;
  const ids = [...new Set(graphs.flatMap((g) => g.nodes.map((n) => n.id)))];
  const rows = graphs.flatMap((g) => g.relationships.map((r) => ({ start: r.start, end: r.end, properties: toNeo4jValue(r.properties) })));
  await driver.executeQuery(RAW_INDEX, {}, { routing: neo4j.routing.WRITE });
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { routing: neo4j.routing.WRITE });
  for (let i = 0; i < ids.length; i += RAW_BATCH) await driver.executeQuery(RAW_NODES, { ids: ids.slice(i, i + RAW_BATCH) }, { routing: neo4j.routing.WRITE });
  const started = performance.now();
  for (let i = 0; i < rows.length; i += RAW_BATCH) await driver.executeQuery(RAW_RELATIONSHIPS, { rows: rows.slice(i, i + RAW_BATCH) }, { routing: neo4j.routing.WRITE });
  // Left in place: the next section starts from an empty database (freshBenchDatabase).
  return (performance.now() - started) / 1000;
}

/** Prints the product's rate, the raw rate and their ratio; the graph is left loaded (the replace bench builds on it). */
export async function benchLoadRate(store: GraphStore, graphs: readonly DocumentGraph[], label: string): Promise<void> {
  const relationships = graphs.reduce((sum, g) => sum + g.relationships.length, 0);
  const nodes = graphs.reduce((sum, g) => sum + g.nodes.length, 0);
  const product = await loadWithProduct(store, graphs);
  const raw = await rawCreateSeconds(graphs);
  const productRate = relationships / product;
  const rawRate = relationships / raw;
  console.log(
    `neo4j load ${label}: ${graphs.length} documents, ${relationships.toLocaleString("en")} relationship rows, ${nodes.toLocaleString("en")} node rows in ${product.toFixed(2)} s ` +
      `→ ${Math.round(productRate).toLocaleString("en")} relationships/s (batches of ~${DEFAULT_BATCH_ROWS.toLocaleString("en")} rows)`,
  );
  console.log(`raw UNWIND CREATE of as many relationships, same properties, same server: ${raw.toFixed(2)} s → ${Math.round(rawRate).toLocaleString("en")} relationships/s`);
  console.log(`load relationships/s ÷ raw UNWIND CREATE: ${(productRate / rawRate).toFixed(2)} (goal ≥ 0.5)`);
}
