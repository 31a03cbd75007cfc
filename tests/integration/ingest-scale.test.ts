/**
 * Ingest at scale on the real Neo4j: batched loading gives the graph that one transaction per document
 * gives; two ingests at once on disjoint folders give the graph of one run after the other; a neo4j://
 * URI (routing) with NEO4J_DATABASE serves both the ingest and the API.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeScaledCorpus } from "../../bench/scale-corpus";
import { ingestPaths } from "../../ingest/pipeline";
import { Neo4jClient } from "../../web/server/neo4j/client";
import { loadServerConfig } from "../../web/server/config";
import { neo4jSettingsFromEnv } from "../support/neo4j-env";
import { cleanDatabase, dumpGraph, query, testDriver, unparallelFacts } from "./ingest-support";

const CORPUS = join(import.meta.dirname, "..", "..", "corpus");
let driver: Driver;
let scaled: { dir: string };
let halves: [string, string];
let tmp: string;

beforeAll(async () => {
  driver = testDriver();
  tmp = await mkdtemp(join(tmpdir(), "ingest-scale-"));
  // The corpus ×4 in two folders: documents differ, entities and many facts are shared between them.
  scaled = await writeScaledCorpus(CORPUS, { factor: 4, outDir: join(tmp, "x4") });
  const a = await writeScaledCorpus(CORPUS, { factor: 2, outDir: join(tmp, "a") });
  const b = await writeScaledCorpus(join(tmp, "a"), { factor: 2, outDir: join(tmp, "b"), yearCycle: 3 });
  halves = [a.dir, b.dir];
});
afterAll(async () => {
  await driver?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe("batched loading", () => {
  it("gives the same graph (ids, properties, evidence) as one transaction per document", async () => {
    await cleanDatabase(driver);
    const batched = await ingestPaths([scaled.dir], { neo4j: neo4jSettingsFromEnv() });
    expect(batched.skipped).toEqual([]);
    expect(batched.load?.documents).toEqual({ loaded: 20, replaced: 0, unchanged: 0 });
    const inBatches = await dumpGraph(driver);
    await cleanDatabase(driver);
    // batchRows 1: every document is written in its own transaction, as the loader did before batches.
    const single = await ingestPaths([scaled.dir], { neo4j: neo4jSettingsFromEnv(), batchRows: 1, workers: 1 });
    expect(single.load?.documents).toEqual({ loaded: 20, replaced: 0, unchanged: 0 });
    expect(await dumpGraph(driver)).toEqual(inBatches);
    expect(await unparallelFacts(driver)).toEqual([]);
  });
});

describe("two ingests at once", () => {
  it("on disjoint folders end with the graph of one run after the other: no twin, no lost evidence", async () => {
    await cleanDatabase(driver);
    for (const half of halves) await ingestPaths([half], { neo4j: neo4jSettingsFromEnv(), workers: 1 });
    const sequential = await dumpGraph(driver);
    await cleanDatabase(driver);
    // Small batches: many transactions of each run interleave and lock the same entities and facts.
    const runs = await Promise.all(halves.map((half) => ingestPaths([half], { neo4j: neo4jSettingsFromEnv(), workers: 1, batchRows: 500 })));
    for (const run of runs) expect(run.skipped).toEqual([]);
    expect(await dumpGraph(driver)).toEqual(sequential);
    const [twins] = await query<{ n: number }>(driver, "MATCH (n:Entity) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n");
    expect(twins?.n).toBe(0);
  });
});

describe("a neo4j:// URI and NEO4J_DATABASE", () => {
  it("serve the ingest and the API's READ sessions on the local server", async () => {
    await cleanDatabase(driver);
    const local = neo4jSettingsFromEnv();
    const routed = { ...local, uri: local.uri.replace(/^bolt:/, "neo4j:"), database: "neo4j" };
    expect(routed.uri).toMatch(/^neo4j:\/\//);
    const summary = await ingestPaths([CORPUS], { neo4j: routed });
    expect(summary.load).toMatchObject({ uri: routed.uri, documents: { loaded: 5, replaced: 0, unchanged: 0 } });
    const client = new Neo4jClient(
      loadServerConfig({ NEO4J_URI: routed.uri, NEO4J_USERNAME: routed.username, NEO4J_PASSWORD: routed.password, NEO4J_DATABASE: "NEO4J" }),
    );
    try {
      expect(client.config.neo4j.database).toBe("neo4j");
      const rows = await client.readRaw("count-graph-size", {});
      expect(rows[0]).toMatchObject({ nodes: summary.nodes });
    } finally {
      await client.close();
    }
  });
});
