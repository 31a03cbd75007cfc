/**
 * `npm run bench:ingest`: extraction throughput (characters/s, no Neo4j) on the corpus, on one big
 * document of 1–8 MB (how time grows with size) and on a ×100 scaled corpus, then Neo4j load throughput (relationships/s) of the scaled corpus when Neo4j answers.
 * The scaled documents are removed from Neo4j afterwards, so the database keeps what it had.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { loadIngestConfig } from "../ingest/config";
import { IngestError } from "../ingest/errors";
import { openGraphStore, type GraphStore } from "../ingest/neo4j/graph-store";
import { extractPaths, type ExtractResult } from "../ingest/pipeline";
import { benchBigDocument } from "./big-document";
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

async function benchLoad(store: GraphStore, result: ExtractResult): Promise<void> {
  await store.applySchema();
  const relationships = result.graphs.reduce((sum, g) => sum + g.relationships.length, 0);
  const nodes = result.graphs.reduce((sum, g) => sum + g.nodes.length, 0);
  const load = await timed(async () => {
    for (const graph of result.graphs) await store.writeDocumentGraph(graph);
  });
  console.log(
    `neo4j load ×${FACTOR}: ${result.graphs.length} documents, ${relationships.toLocaleString("en")} relationship rows, ${nodes.toLocaleString("en")} node rows ` +
      `in ${load.seconds.toFixed(2)} s → ${Math.round(relationships / load.seconds).toLocaleString("en")} relationships/s (one transaction per document)`,
  );
  const again = await timed(async () => {
    for (const graph of result.graphs) await store.writeDocumentGraph(graph);
  });
  console.log(`neo4j re-load ×${FACTOR} (all unchanged, skipped by sha256): ${again.seconds.toFixed(2)} s`);
  const cleanup = await timed(async () => {
    for (const graph of result.graphs) await store.removeDocument(graph.docId);
    await store.updateProgramYears();
  });
  console.log(`neo4j cleanup: removed the ${result.graphs.length} scaled documents in ${cleanup.seconds.toFixed(2)} s`);
}

async function main(): Promise<void> {
  await extractPaths([CORPUS]); // warm-up: module loading, OpenCC dictionaries, JIT
  // The corpus is small: best of three runs (each includes loading the gazetteer).
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await timed(() => extractPaths([CORPUS])));
  const base = runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
  report("corpus (best of 3)", base.value, base.seconds);
  await benchBigDocument();
  const scaled = await writeScaledCorpus(CORPUS, { factor: FACTOR });
  try {
    const big = await timed(() => extractPaths([scaled.dir]));
    report(`×${FACTOR} (${scaled.files} files, ${(scaled.bytes / 1024 / 1024).toFixed(1)} MB)`, big.value, big.seconds);
    const config = loadIngestConfig();
    let store: GraphStore;
    try {
      store = await openGraphStore(config.neo4j);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      console.log(`neo4j load: skipped (${error.message})`);
      return;
    }
    try {
      await benchLoad(store, big.value);
    } finally {
      await store.close();
    }
  } finally {
    await rm(scaled.dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
