/**
 * `npm run bench:ingest`: extraction throughput on the corpus and on one big document of 1–8 MB (how
 * time grows with size); the CLI's extraction rate on the corpus ×100 against raw jieba; then, on the
 * bench's own Neo4j (.neo4j/bench, never the user's database): the batched load against a raw UNWIND
 * CREATE, the cost of replacing 20 changed documents in the corpus ×4 and ×100, and the peak memory of
 * the corpus ×200 streamed through the CLI. BENCH_SKIP_NEO4J=1 stops after the extraction figures.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { openGraphStore } from "../ingest/neo4j/graph-store";
import { extractPaths, type ExtractResult } from "../ingest/pipeline";
import { benchNeo4j, freshBenchDatabase } from "./bench-neo4j";
import { benchBigDocument } from "./big-document";
import { benchExtractRate } from "./extract-rate";
import { benchLoadRate } from "./load-rate";
import { benchReplaceGrowth } from "./replace-growth";
import { benchStreamMemory } from "./stream-memory";
import { writeScaledCorpus } from "./scale-corpus";

const CORPUS = join(import.meta.dirname, "..", "corpus");
const FACTOR = 100;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - started) / 1000 };
}

function report(label: string, result: ExtractResult, seconds: number): void {
  const chars = result.documents.reduce((sum, d) => sum + d.chars, 0);
  const rate = Math.round(chars / seconds).toLocaleString("en");
  console.log(
    `extract ${label}: ${result.documents.length} documents, ${chars.toLocaleString("en")} chars in ${seconds.toFixed(2)} s → ${rate} chars/s ` +
      `(${result.graph.nodes.length} nodes, ${result.graph.relationships.length} relationships, ${result.skipped.length} skipped)`,
  );
}

async function benchNeo4jSections(scaled: { dir: string }, graphs: ExtractResult["graphs"]): Promise<void> {
  await freshBenchDatabase();
  try {
    const store = await openGraphStore(benchNeo4j.settings());
    try {
      await store.applySchema();
      await benchLoadRate(store, graphs, `×${FACTOR}`);
    } finally {
      await store.close();
    }
    await benchReplaceGrowth(CORPUS, { dir: scaled.dir, graphs });
    await benchStreamMemory(CORPUS);
  } finally {
    await benchNeo4j.close();
    await benchNeo4j.stop();
  }
}

async function main(): Promise<void> {
  await extractPaths([CORPUS], { workers: 1 }); // warm-up: module loading, OpenCC dictionaries, JIT
  // The corpus is small: best of three runs (each includes loading the gazetteer), in this thread.
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await timed(() => extractPaths([CORPUS], { workers: 1 })));
  const base = runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
  report("corpus (best of 3, one thread)", base.value, base.seconds);
  await benchBigDocument();
  const scaled = await writeScaledCorpus(CORPUS, { factor: FACTOR });
  try {
    await benchExtractRate(scaled.dir, `×${FACTOR} (${scaled.files} files, ${(scaled.bytes / 1024 / 1024).toFixed(1)} MB)`);
    if (process.env.BENCH_SKIP_NEO4J === "1") return;
    const big = await timed(() => extractPaths([scaled.dir]));
    report(`×${FACTOR} in this process (every core)`, big.value, big.seconds);
    await benchNeo4jSections(scaled, big.value.graphs);
  } finally {
    await rm(scaled.dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
