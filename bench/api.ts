/**
 * `npm run bench:api`: the API under a real corpus's weight. Generates a graph of 100,000 nodes and 1,000,000
 * relationships with the product's model (bench/api-graph.ts), loads it into the bench's own Neo4j
 * (.neo4j/bench-api, main port + 350: never the user's database), starts the product's server on it and drives
 * each endpoint with 50 concurrent clients for BENCH_API_SECONDS (10) each, printing one line per endpoint
 * and which of the goals were met. Exits 0 whatever the figures; non-zero only when the bench fails.
 * BENCH_API_CLIENTS, BENCH_API_NODES, BENCH_API_RELATIONSHIPS size the run; BENCH_API_ENDPOINTS=node,search
 * runs some; BENCH_API_KEEP=1 reuses the graph a previous run loaded with the same sizes (to iterate on queries).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { OwnNeo4j } from "../scripts/neo4j/side-server";
import { canBindLoopbackAliases, drive, sendOnce } from "./api-drive";
import { goalsLine } from "./api-goals";
import { DEFAULT_API_GRAPH_OPTIONS, generateApiGraph, graphSize, type ApiGraphOptions } from "./api-graph";
import { ENDPOINTS, requestMakers, type Endpoint } from "./api-requests";
import { startApi } from "./api-server";
import { loadBenchGraph } from "./api-store";
import { summarise, summaryLine, type LatencySummary } from "./percentiles";

const env = process.env;
const number = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);
const options: ApiGraphOptions = { ...DEFAULT_API_GRAPH_OPTIONS, nodes: number("BENCH_API_NODES", 100_000), relationships: number("BENCH_API_RELATIONSHIPS", 1_000_000) };
const seconds = number("BENCH_API_SECONDS", 10);
const warmupSeconds = number("BENCH_API_WARMUP_SECONDS", 2);
const clients = number("BENCH_API_CLIENTS", 50);
const endpoints = (env.BENCH_API_ENDPOINTS ? env.BENCH_API_ENDPOINTS.split(",") : [...ENDPOINTS]).filter((e): e is Endpoint => (ENDPOINTS as readonly string[]).includes(e));

// The bench server's memory: the graph's store (several hundred MB) should fit the page cache.
const neo4j = new OwnNeo4j("bench-api", 350, { heapMb: 1024, pageCacheMb: 1024 });
const marker = join(neo4j.root, "bench-graph.json");

const log = (line: string) => console.log(line);
const fmt = (n: number) => n.toLocaleString("en");

/** Loads the graph unless BENCH_API_KEEP=1 and the bench database already holds one of these sizes. */
async function prepareDatabase(): Promise<ReturnType<typeof generateApiGraph>> {
  const keep = env.BENCH_API_KEEP === "1" && existsSync(marker) && readFileSync(marker, "utf8") === JSON.stringify(options);
  await neo4j.stop();
  if (!keep) await rm(join(neo4j.root, "home", "data"), { recursive: true, force: true });
  await neo4j.start();
  const t0 = performance.now();
  const graph = generateApiGraph(options);
  const generated = (performance.now() - t0) / 1000;
  const size = graphSize(graph);
  const types = [...graph.relationships].map(([type, rows]) => `${type} ${fmt(rows.length)}`).join(", ");
  log(`bench:api graph: ${fmt(size.nodes)} nodes, ${fmt(size.relationships)} relationships (${types}); generated in ${generated.toFixed(1)} s`);
  if (keep) {
    log(`bench:api load: kept the graph loaded by a previous run (BENCH_API_KEEP=1) in ${neo4j.root}`);
    return graph;
  }
  // Cleared before loading: a load stopped part-way must not be kept by the next BENCH_API_KEEP=1 run.
  if (existsSync(marker)) writeFileSync(marker, "");
  const t1 = performance.now();
  await loadBenchGraph(neo4j.driver, neo4j.settings(), graph);
  const loaded = (performance.now() - t1) / 1000;
  writeFileSync(marker, JSON.stringify(options));
  log(`bench:api load: ${loaded.toFixed(1)} s with the product's merge statements (${fmt(Math.round(size.relationships / loaded))} relationships/s) into ${neo4j.uri}`);
  return graph;
}

async function main(): Promise<void> {
  const graph = await prepareDatabase();
  const api = await startApi({
    HOST: "127.0.0.1",
    PORT: env.PORT ?? "0",
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.settings().username,
    NEO4J_PASSWORD: neo4j.settings().password,
    NEO4J_DATABASE: "",
    // 50 clients on one machine are many users: the per-client minute budget is not what is measured.
    API_RATE_LIMIT: "1000000",
    REVIEW_TOKEN: "bench-api-review-token",
  });
  try {
    const ownAddresses = await canBindLoopbackAliases(api.url);
    log(`bench:api drive: ${clients} clients${ownAddresses ? " (each from its own 127.0.0.x)" : ""}, ${seconds} s per endpoint after ${warmupSeconds} s of warm-up, against ${api.url.origin}`);
    const makers = requestMakers(graph.pools, options.seed);
    const results = new Map<Endpoint, LatencySummary>();
    for (const endpoint of endpoints) {
      // Warm-up, not measured: a first request alone (caches, the search index), then the clients for a while.
      await sendOnce(api.url, makers[endpoint](0));
      if (warmupSeconds > 0) await drive(api.url, makers[endpoint], { clients, seconds: warmupSeconds, ownAddresses });
      const run = await drive(api.url, makers[endpoint], { clients, seconds, ownAddresses });
      const summary = summarise(run.latenciesMs, run.errors, run.seconds);
      results.set(endpoint, summary);
      log(summaryLine(endpoint, summary));
      if (run.samples.length > 0) console.error(`  errors, e.g.: ${run.samples.join("; ")}`);
    }
    log(goalsLine(results));
  } finally {
    await api.stop();
  }
}

main()
  .catch((error: unknown) => {
    console.error(`bench:api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await neo4j.close();
    await neo4j.stop();
  });
