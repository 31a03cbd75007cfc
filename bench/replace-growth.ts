/**
 * What replacing changed documents costs as the graph grows: 20 documents, edited (years moved on, a
 * sentence added), re-ingested into the corpus ×4 and into the corpus ×100, each loaded into an empty
 * database first. The cost should follow the documents, not the graph: goal ≤ 2.5× for 25× the graph.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DocumentGraph } from "../ingest/model";
import { openGraphStore } from "../ingest/neo4j/graph-store";
import { extractPaths, ingestPaths } from "../ingest/pipeline";
import { freshBenchDatabase, benchNeo4j } from "./bench-neo4j";
import { loadWithProduct } from "./load-rate";
import { shiftYears, writeScaledCorpus } from "./scale-corpus";

const CHANGED = 20;

/** Copies 0–3 of each corpus document (20 files), edited: they replace documents of both graphs. */
async function writeChangedDocuments(scaledDir: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "miit-changed-"));
  const names = (await readdir(scaledDir)).filter((name) => /_x00[0-3]\./.test(name)).sort().slice(0, CHANGED);
  for (const name of names) {
    const text = await readFile(join(scaledDir, name), "utf8");
    await writeFile(join(dir, name), `${shiftYears(text, 1)}\n2031年，规划司负责工业互联网创新发展工程。\n`);
  }
  return dir;
}

interface ReplaceTimes {
  load: number;
  ingest: number;
}

async function replaceInto(graphs: readonly DocumentGraph[], changedDir: string, changed: readonly DocumentGraph[]): Promise<ReplaceTimes> {
  await freshBenchDatabase();
  const store = await openGraphStore(benchNeo4j.settings());
  try {
    await store.applySchema();
    await loadWithProduct(store, graphs);
    const replaced = graphs.filter((g) => changed.some((c) => c.docId === g.docId));
    // The edited files come from another folder than the loaded ones: replacing them is asked for. A first,
    // untimed round trip (edited, then back) lets the server plan the statements; then the timed ones.
    await loadWithProduct(store, changed, { replaceOtherFile: true });
    await loadWithProduct(store, replaced, { replaceOtherFile: true });
    const load = await loadWithProduct(store, changed, { replaceOtherFile: true });
    await loadWithProduct(store, replaced, { replaceOtherFile: true });
    // The whole product path: read, extract, load.
    const started = performance.now();
    const summary = await ingestPaths([changedDir], { neo4j: benchNeo4j.settings(), replace: true });
    if (summary.load?.documents.replaced !== changed.length) throw new Error(`expected ${changed.length} replaced, got ${JSON.stringify(summary.load?.documents)}`);
    return { load, ingest: (performance.now() - started) / 1000 };
  } finally {
    await store.close();
  }
}

export async function benchReplaceGrowth(corpus: string, large: { dir: string; graphs: readonly DocumentGraph[] }): Promise<void> {
  const small = await writeScaledCorpus(corpus, { factor: 4 });
  const changedDir = await writeChangedDocuments(small.dir);
  try {
    const smallGraphs = (await extractPaths([small.dir])).graphs;
    const changed = (await extractPaths([changedDir])).graphs;
    const atSmall = await replaceInto(smallGraphs, changedDir, changed);
    const atLarge = await replaceInto(large.graphs, changedDir, changed);
    const rels = (graphs: readonly DocumentGraph[]) => graphs.reduce((sum, g) => sum + g.relationships.length, 0).toLocaleString("en");
    console.log(
      `replace ${CHANGED} changed documents in the corpus ×4 (${smallGraphs.length} documents, ${rels(smallGraphs)} relationship rows): load ${atSmall.load.toFixed(2)} s, whole re-ingest ${atSmall.ingest.toFixed(2)} s`,
    );
    console.log(
      `replace ${CHANGED} changed documents in the corpus ×100 (${large.graphs.length} documents, ${rels(large.graphs)} relationship rows): load ${atLarge.load.toFixed(2)} s, whole re-ingest ${atLarge.ingest.toFixed(2)} s`,
    );
    console.log(
      `replace growth ×4 → ×100: load ${(atLarge.load / atSmall.load).toFixed(2)}×, whole re-ingest ${(atLarge.ingest / atSmall.ingest).toFixed(2)}× (goal ≤ 2.5)`,
    );
  } finally {
    await rm(small.dir, { recursive: true, force: true });
    await rm(changedDir, { recursive: true, force: true });
  }
}
