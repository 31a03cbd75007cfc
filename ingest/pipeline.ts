/**
 * The ingest pipeline: files are read, decoded, normalised and extracted on worker threads, consumed in
 * file order and written to Neo4j in batches while the next are extracted, so memory holds a window of
 * documents, never the corpus. `extractPaths` is the same without a database, keeping every graph.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { RELATIONSHIP_TYPES, type GraphJson, type NodeLabel, type RelationshipType } from "../cypher/model";
import { DEFAULT_NEO4J_SETTINGS, type Neo4jSettings } from "./config";
import { IngestError, OutputError } from "./errors";
import { extractorFingerprint } from "./extractor-fingerprint";
import { buildGazetteer, readGazetteerFiles } from "./gazetteer/load-gazetteer";
import type { LoadedGazetteer } from "./parallel/extract-pool";
import type { DocumentGraph, SkippedFile } from "./model";
import type { DocumentLoadStatus, GraphStore, WriteCounts } from "./neo4j/graph-store";
import { isKeyedFactType, mergeKey } from "./neo4j/fact-keys";
import type { LoadBatcher } from "./neo4j/load-batcher";
import { createExtractPool, defaultWorkerCount } from "./parallel/extract-pool";
import type { ExtractedDocument, FileOutcome, KnownDocuments } from "./read-and-extract";
import { BUILTIN_SOURCES } from "./sources/builtin-sources";
import { collectFiles } from "./sources/collect-files";
import { DEFAULT_READ_OPTIONS, type DocumentSource } from "./sources/document-source";
import { mergeDocumentGraphs } from "./extract/graph/merge-document-graphs";

export type { ExtractedDocument } from "./read-and-extract";

export interface ProgressEvent {
  /** "extract": extractPaths (no database); "ingest": files extracted and handed to the loader. */
  phase: "extract" | "ingest";
  done: number;
  total: number;
  /** Characters of the documents done so far (decoded text of those skipped unread). */
  chars: number;
  file: string;
}

export interface IngestOptions {
  /** Where to write the graph JSON (DESIGN.md); none → not written. */
  out: string | undefined;
  /** Skip Neo4j entirely. */
  noDb: boolean;
  neo4j: Neo4jSettings;
  /** Extra gazetteer YAML files merged after the bundled ones. */
  gazetteerPaths: string[];
  /** Largest file read, in bytes. */
  maxSize: number;
  /** Let a file replace a loaded document of the same name that came from another folder (graph-store.ts). */
  replace: boolean;
  /** Threads that extract (default: the machine's cores); the output is the same for any number. */
  workers: number;
  /** About how many node and relationship rows one load transaction writes. */
  batchRows: number;
  onProgress: ((event: ProgressEvent) => void) | undefined;
  sources: readonly DocumentSource[];
}

/**
 * 100,000 rows: on the corpus ×100 (bench:ingest) 20,000 rows per transaction load 7,300 relationships/s,
 * 50,000 9,500/s and 100,000 11,000/s, since a fact many documents state is rewritten once per batch. The
 * statements inside still send 10,000 rows each; a batch Neo4j cannot hold is retried a document at a time.
 */
export const DEFAULT_BATCH_ROWS = 100_000;

export const DEFAULT_INGEST_OPTIONS: IngestOptions = {
  out: undefined,
  noDb: false,
  neo4j: DEFAULT_NEO4J_SETTINGS,
  gazetteerPaths: [],
  maxSize: DEFAULT_READ_OPTIONS.maxSize,
  replace: false,
  workers: defaultWorkerCount(),
  batchRows: DEFAULT_BATCH_ROWS,
  onProgress: undefined,
  sources: BUILTIN_SOURCES,
};

export interface ExtractResult {
  documents: ExtractedDocument[];
  graphs: DocumentGraph[];
  graph: GraphJson;
  skipped: SkippedFile[];
}

export interface LoadSummary extends WriteCounts {
  uri: string;
  documents: Record<DocumentLoadStatus, number>;
}

export interface IngestSummary {
  /** Documents read and extracted, plus those not read again (`unread`). */
  documents: number;
  chars: number;
  /** Documents the database already held as this very file and extractor: not read again (counted as unchanged). */
  unread: number;
  nodes: number;
  nodesByLabel: Partial<Record<NodeLabel, number>>;
  relationships: number;
  relationshipsByType: Record<RelationshipType, number>;
  skipped: SkippedFile[];
  out: string | undefined;
  load: LoadSummary | undefined;
  timeMs: number;
}

/**
 * Reads, decodes, normalises and extracts every document under `paths` (no database). Files that
 * cannot be read or extracted are returned in `skipped` with the reason; the rest are merged into `graph`.
 */
export async function extractPaths(paths: string[], options: Partial<IngestOptions> = {}): Promise<ExtractResult> {
  const settings = { ...DEFAULT_INGEST_OPTIONS, ...options };
  const documents: ExtractedDocument[] = [];
  const graphs: DocumentGraph[] = [];
  const gazetteer = readGazetteer(settings.gazetteerPaths);
  const { skipped } = await streamDocuments(paths, settings, gazetteer, "extract", new Map(), (graph, document) => {
    graphs.push(graph);
    documents.push(document);
  });
  return { documents, graphs, graph: mergeDocumentGraphs(graphs), skipped };
}

/**
 * The whole ingest: every document extracted and, unless `noDb`, loaded into Neo4j in batches (one
 * transaction each); the graph JSON to `out` when asked (that alone keeps every graph in memory). Neo4j
 * is checked before any work so an unreachable server fails fast (Neo4jUnavailableError); a document
 * whose load fails is rolled back and reported as skipped. Documents the database holds as this very file
 * and extractor are not read again, so a run that was killed continues where its last batch committed.
 */
export async function ingestPaths(paths: string[], options: Partial<IngestOptions> = {}): Promise<IngestSummary> {
  const started = performance.now();
  const settings = { ...DEFAULT_INGEST_OPTIONS, ...options };
  // The loader (and with it the Neo4j driver, a quarter of a second to load) only when there is a database.
  const loader = settings.noDb ? undefined : { ...(await import("./neo4j/graph-store")), ...(await import("./neo4j/load-batcher")) };
  const store = loader === undefined ? undefined : await loader.openGraphStore(settings.neo4j);
  try {
    const gazetteer = readGazetteer(settings.gazetteerPaths);
    const fingerprint = extractorFingerprint(settings.gazetteerPaths);
    if (store !== undefined) await store.applySchema();
    const known = store === undefined || settings.out !== undefined ? new Map<string, string>() : await knownDocuments(store, fingerprint);
    const tally = createTally();
    const graphs: DocumentGraph[] = [];
    const load: LoadSummary | undefined = store === undefined ? undefined : { uri: store.uri, documents: { loaded: 0, replaced: 0, unchanged: 0 }, ...zeroCounts() };
    const loadSkipped: SkippedFile[] = [];
    const batcher: LoadBatcher | undefined =
      store === undefined || load === undefined || loader === undefined
        ? undefined
        : loader.createLoadBatcher(store, settings.batchRows, { replaceOtherFile: settings.replace, extractorSha256: fingerprint }, {
            onWritten: (outcomes, counts) => {
              for (const outcome of outcomes) {
                if ("error" in outcome) loadSkipped.push({ file: outcome.file, reason: outcome.error.reason });
                else load.documents[outcome.status]++;
              }
              addCounts(load, counts);
            },
          });
    const streamed = await streamDocuments(paths, settings, gazetteer, "ingest", known, async (graph, document) => {
      tally.add(graph, document);
      if (settings.out !== undefined) graphs.push(graph);
      await batcher?.add(graph);
    });
    await batcher?.finish();
    if (load !== undefined) load.documents.unchanged += streamed.unread;
    if (settings.out !== undefined) await writeGraphJson(settings.out, mergeDocumentGraphs(graphs));
    const tallied = tally.summary();
    return {
      ...tallied,
      documents: tallied.documents + streamed.unread,
      chars: streamed.chars,
      unread: streamed.unread,
      skipped: [...streamed.skipped, ...loadSkipped],
      out: settings.out,
      load,
      timeMs: performance.now() - started,
    };
  } finally {
    await store?.close();
  }
}

/** docId → sha256 of the loaded documents that this extractor extracted: a file with that hash need not be read again. */
async function knownDocuments(store: GraphStore, fingerprint: string): Promise<KnownDocuments> {
  const known = new Map<string, string>();
  for (const doc of await store.listLoadedDocuments()) {
    if (doc.extractorSha256 === fingerprint && doc.sha256 !== undefined) known.set(doc.id, doc.sha256);
  }
  return known;
}

/**
 * Collects the files under `paths` and hands each extracted graph to `consume` in file order (a second
 * file with an id already seen is skipped). At most a few documents per worker are in flight.
 */
async function streamDocuments(
  paths: string[],
  settings: IngestOptions,
  gazetteer: LoadedGazetteer,
  phase: ProgressEvent["phase"],
  known: KnownDocuments,
  consume: (graph: DocumentGraph, document: ExtractedDocument) => void | Promise<void>,
): Promise<{ skipped: SkippedFile[]; unread: number; chars: number }> {
  const collected = await collectFiles(paths, settings.sources);
  const skipped = [...collected.skipped];
  const files = collected.files;
  // No more threads than files: one file is extracted here, without a thread to start.
  const pool = createExtractPool({ ...settings, workers: Math.min(settings.workers, files.length), ...gazetteer, known });
  const byDocId = new Map<string, string>();
  let unread = 0;
  let chars = 0;
  try {
    const window = pool.workers * 4;
    const inFlight: (Promise<FileOutcome> | undefined)[] = [];
    let launched = 0;
    for (let index = 0; index < files.length; index++) {
      for (; launched < files.length && launched < index + window; launched++) {
        const { path, source } = files[launched]!;
        const task = pool.extract(path, source);
        task.catch(() => {}); // awaited in order below; this only keeps an early failure from being "unhandled"
        inFlight[launched] = task;
      }
      const outcome = await inFlight[index]!;
      inFlight[index] = undefined;
      const path = files[index]!.path;
      settings.onProgress?.({ phase, done: index, total: files.length, chars, file: path });
      if (outcome.kind === "skipped") {
        skipped.push({ file: outcome.path, reason: outcome.reason });
        continue;
      }
      const docId = outcome.kind === "unread" ? outcome.docId : outcome.graph.docId;
      const first = byDocId.get(docId);
      if (first !== undefined) {
        skipped.push({ file: path, reason: `same document id ${docId} as ${first}` });
        continue;
      }
      byDocId.set(docId, path);
      if (outcome.kind === "unread") {
        unread++;
        chars += outcome.chars;
        continue;
      }
      chars += outcome.document.chars;
      await consume(outcome.graph, outcome.document);
    }
    settings.onProgress?.({ phase, done: files.length, total: files.length, chars, file: "" });
    return { skipped, unread, chars };
  } finally {
    await pool.close();
  }
}

/**
 * Counts what the extracted graphs hold once merged, without keeping them: node ids and the keys of
 * facts (which many documents can share); MENTIONS, CITES and ISSUED_BY start at their own document,
 * so they are counted per document.
 */
function createTally() {
  const nodeLabels = new Map<string, NodeLabel>();
  const factKeys = new Set<string>();
  const relationshipsByType = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<RelationshipType, number>;
  let documents = 0;
  let chars = 0;
  return {
    add(graph: DocumentGraph, document: ExtractedDocument): void {
      documents++;
      chars += document.chars;
      for (const node of graph.nodes) if (!nodeLabels.has(node.id)) nodeLabels.set(node.id, node.labels[0]);
      const ownKeys = new Set<string>();
      for (const relationship of graph.relationships) {
        const key = mergeKey(relationship);
        const seen = isKeyedFactType(relationship.type) ? factKeys : ownKeys;
        if (seen.has(key)) continue;
        seen.add(key);
        relationshipsByType[relationship.type]++;
      }
    },
    summary() {
      const nodesByLabel: Partial<Record<NodeLabel, number>> = {};
      for (const label of nodeLabels.values()) nodesByLabel[label] = (nodesByLabel[label] ?? 0) + 1;
      const relationships = Object.values(relationshipsByType).reduce((sum, n) => sum + n, 0);
      return { documents, chars, nodes: nodeLabels.size, nodesByLabel, relationships, relationshipsByType };
    },
  };
}

/** Writes the graph JSON (DESIGN.md format), creating the folder. */
export async function writeGraphJson(path: string, graph: GraphJson): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(graph, null, 2)}\n`, "utf8");
  } catch (cause) {
    throw new OutputError("write", path, `cannot write the graph JSON: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** The gazetteer and the parsed files it was built from, which worker threads build their own copy from. */
function readGazetteer(paths: string[]): LoadedGazetteer {
  try {
    const files = readGazetteerFiles(paths);
    return { gazetteer: buildGazetteer(files), gazetteerFiles: files };
  } catch (cause) {
    throw new IngestError("gazetteer", undefined, `cannot load the gazetteer: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

function zeroCounts(): WriteCounts {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

function addCounts(total: WriteCounts, add: WriteCounts): void {
  total.nodesCreated += add.nodesCreated;
  total.nodesDeleted += add.nodesDeleted;
  total.relationshipsCreated += add.relationshipsCreated;
  total.relationshipsDeleted += add.relationshipsDeleted;
  total.propertiesSet += add.propertiesSet;
}
