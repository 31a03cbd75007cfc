/** The ingest pipeline: read → decode → normalise → extract per document, merge, write the graph JSON, load Neo4j. */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { RELATIONSHIP_TYPES, type GraphJson, type NodeLabel, type RelationshipType } from "../cypher/model";
import { DEFAULT_NEO4J_SETTINGS, type Neo4jSettings } from "./config";
import { ExtractionError, IngestError, LoadError, OutputError, UnreadableFileError } from "./errors";
import { loadGazetteer, type Gazetteer } from "./gazetteer/load-gazetteer";
import type { DocumentGraph, NormalisedText, SkippedFile } from "./model";
import { openGraphStore, type DocumentLoadStatus, type WriteCounts } from "./neo4j/graph-store";
import { BUILTIN_SOURCES } from "./sources/builtin-sources";
import { collectFiles } from "./sources/collect-files";
import { DEFAULT_READ_OPTIONS, type DocumentSource } from "./sources/document-source";
import { extractDocument } from "./extract/extract-document";
import { mergeDocumentGraphs } from "./extract/graph/merge-document-graphs";
import { normaliseText } from "./text/normalise-text";

export interface ProgressEvent {
  phase: "extract" | "load";
  done: number;
  total: number;
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
  onProgress: ((event: ProgressEvent) => void) | undefined;
  sources: readonly DocumentSource[];
}

export const DEFAULT_INGEST_OPTIONS: IngestOptions = {
  out: undefined,
  noDb: false,
  neo4j: DEFAULT_NEO4J_SETTINGS,
  gazetteerPaths: [],
  maxSize: DEFAULT_READ_OPTIONS.maxSize,
  replace: false,
  onProgress: undefined,
  sources: BUILTIN_SOURCES,
};

export interface ExtractedDocument {
  file: string;
  path: string;
  docId: string;
  encoding: string;
  /** Characters of the normalised text. */
  chars: number;
}

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
  documents: number;
  chars: number;
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
  const { maxSize, onProgress, sources, gazetteerPaths } = { ...DEFAULT_INGEST_OPTIONS, ...options };
  const gazetteer = readGazetteer(gazetteerPaths);
  const collected = await collectFiles(paths, sources);
  const skipped = [...collected.skipped];
  const documents: ExtractedDocument[] = [];
  const graphs: DocumentGraph[] = [];
  const byDocId = new Map<string, string>();
  for (const [index, { path, source }] of collected.files.entries()) {
    onProgress?.({ phase: "extract", done: index, total: collected.files.length, file: path });
    try {
      const decoded = await source.load(path, { maxSize });
      const first = byDocId.get(decoded.docId);
      if (first !== undefined) {
        skipped.push({ file: path, reason: `same document id ${decoded.docId} as ${first}` });
        continue;
      }
      const normalised = normaliseText(decoded);
      graphs.push(extractOne(normalised, gazetteer));
      byDocId.set(decoded.docId, path);
      documents.push({ file: decoded.file, path, docId: decoded.docId, encoding: decoded.encoding, chars: normalised.text.length });
    } catch (error) {
      if (!(error instanceof UnreadableFileError || error instanceof ExtractionError)) throw error;
      skipped.push({ file: path, reason: error.reason });
    }
  }
  onProgress?.({ phase: "extract", done: collected.files.length, total: collected.files.length, file: "" });
  return { documents, graphs, graph: mergeDocumentGraphs(graphs), skipped };
}

/**
 * The whole ingest: extractPaths, then the graph JSON to `out`, then (unless `noDb`) each
 * document's graph into Neo4j in its own transaction. Neo4j is checked before any work so an
 * unreachable server fails fast (Neo4jUnavailableError); a document whose load fails is rolled
 * back and reported as skipped.
 */
export async function ingestPaths(paths: string[], options: Partial<IngestOptions> = {}): Promise<IngestSummary> {
  const started = performance.now();
  const settings = { ...DEFAULT_INGEST_OPTIONS, ...options };
  const store = settings.noDb ? undefined : await openGraphStore(settings.neo4j);
  try {
    const extracted = await extractPaths(paths, settings);
    if (settings.out !== undefined) await writeGraphJson(settings.out, extracted.graph);
    const skipped = [...extracted.skipped];
    let load: LoadSummary | undefined;
    if (store !== undefined) {
      load = { uri: store.uri, documents: { loaded: 0, replaced: 0, unchanged: 0 }, ...zeroCounts() };
      await store.applySchema();
      for (const [index, graph] of extracted.graphs.entries()) {
        settings.onProgress?.({ phase: "load", done: index, total: extracted.graphs.length, file: graph.file });
        try {
          const result = await store.writeDocumentGraph(graph, { replaceOtherFile: settings.replace });
          load.documents[result.status]++;
          addCounts(load, result);
        } catch (error) {
          if (!(error instanceof LoadError)) throw error;
          skipped.push({ file: graph.file, reason: error.reason });
        }
      }
      await store.updateProgramYears();
    }
    return summarise(extracted, skipped, settings.out, load, performance.now() - started);
  } finally {
    await store?.close();
  }
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

function readGazetteer(paths: string[]): Gazetteer {
  try {
    return loadGazetteer(paths);
  } catch (cause) {
    throw new IngestError("gazetteer", undefined, `cannot load the gazetteer: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

function extractOne(doc: NormalisedText, gazetteer: Gazetteer): DocumentGraph {
  try {
    return extractDocument(doc, gazetteer);
  } catch (cause) {
    throw new ExtractionError("extract", doc.file, `extraction failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

function summarise(extracted: ExtractResult, skipped: SkippedFile[], out: string | undefined, load: LoadSummary | undefined, timeMs: number): IngestSummary {
  const nodesByLabel: Partial<Record<NodeLabel, number>> = {};
  for (const node of extracted.graph.nodes) {
    const label = node.labels[0];
    nodesByLabel[label] = (nodesByLabel[label] ?? 0) + 1;
  }
  const relationshipsByType = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<RelationshipType, number>;
  for (const relationship of extracted.graph.relationships) relationshipsByType[relationship.type]++;
  return {
    documents: extracted.documents.length,
    chars: extracted.documents.reduce((sum, d) => sum + d.chars, 0),
    nodes: extracted.graph.nodes.length,
    nodesByLabel,
    relationships: extracted.graph.relationships.length,
    relationshipsByType,
    skipped,
    out,
    load,
    timeMs,
  };
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
