/** The benchmarks' own Neo4j (.neo4j/bench, main port + 200): measured on an empty graph, never the user's. */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { OwnNeo4j } from "../scripts/neo4j/side-server";

// Memory of a server sized for a big corpus (the defaults suit the bundled one): with 64 MB of page cache the corpus
// ×1000's store is read from disk, and the load measures the disk.
export const benchNeo4j = new OwnNeo4j("bench", 200, { heapMb: 2048, pageCacheMb: 4096 });

/** Stops the bench server, deletes its data and starts it again: the next figure starts from nothing. */
export async function freshBenchDatabase(): Promise<void> {
  await benchNeo4j.stop();
  await rm(join(benchNeo4j.root, "home", "data"), { recursive: true, force: true });
  await benchNeo4j.start();
}
