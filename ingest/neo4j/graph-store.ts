/** The Neo4j side of ingest: one driver, the schema, and documents' graphs written a batch per transaction. */
import neo4j, { type ManagedTransaction, type Record as Neo4jRecord, type Session } from "neo4j-driver";
import { RELATIONSHIP_TYPES, type RelationshipType } from "../../cypher/model";
import { loadQuery, loadSchemaStatements, type QueryName } from "../../cypher/queries";
import type { Neo4jSettings } from "../config";
import { IngestError, LoadError, Neo4jUnavailableError } from "../errors";
import type { DocumentGraph } from "../model";
import { extractionHash, toBatchRows, type BatchRows } from "./graph-rows";

/** Rows per UNWIND: the batch size measured fastest on 2 cores (DESIGN.md). */
const BATCH_SIZE = 10_000;

/** The statement that writes each relationship type (the API bench loads its graph with the same ones). */
export const MERGE_QUERY: Record<RelationshipType, QueryName> = {
  PART_OF: "merge-part-of",
  SUCCEEDED_BY: "merge-succeeded-by",
  OWNS: "merge-owns",
  HOLDS: "merge-holds",
  COLLABORATES: "merge-collaborates",
  MENTIONS: "merge-mentions",
  CITES: "merge-cites",
  ISSUED_BY: "merge-issued-by",
};

export type DocumentLoadStatus = "loaded" | "replaced" | "unchanged";

export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export interface DocumentLoadResult extends WriteCounts {
  docId: string;
  status: DocumentLoadStatus;
}

/** What became of one document of a batch: its status, or why it was not loaded (the rest of the batch was). */
export type DocumentOutcome = { docId: string; file: string; status: DocumentLoadStatus } | { docId: string; file: string; error: LoadError };

export interface BatchLoadResult extends WriteCounts {
  outcomes: DocumentOutcome[];
  /** How often the batch was split in two because it failed whole (0: one transaction wrote it). */
  splits: number;
}

export interface WriteOptions {
  /**
   * Let a file replace a loaded document of the same id that came from another file (same name, another
   * folder); without it that is refused with a LoadError, so nothing is overwritten by mistake.
   */
  replaceOtherFile?: boolean;
  /** The extractor's fingerprint (extractor-fingerprint.ts), kept on each Document so that a rerun can skip it unread. */
  extractorSha256?: string;
}

/** A loaded source document as list-loaded-documents returns it. */
export interface LoadedDocument {
  id: string;
  sha256: string | undefined;
  extractorSha256: string | undefined;
  origin: string | undefined;
}

export interface GraphStore {
  readonly uri: string;
  /** Creates the constraints and indexes of cypher/schema.cypher (all IF NOT EXISTS) and upgrades a graph loaded before facts had keys. */
  applySchema(): Promise<void>;
  /**
   * Writes several documents' graphs in one transaction; unchanged documents are skipped. Should the
   * transaction fail, its halves are written alone (and theirs), so that one bad document is reported and the rest load.
   * `prepared`: toBatchRows of these graphs with options.extractorSha256, when the caller built them already.
   */
  writeDocumentGraphs(graphs: readonly DocumentGraph[], options?: WriteOptions, prepared?: BatchRows): Promise<BatchLoadResult>;
  /** Writes one document's graph in one transaction (rolled back whole on failure, thrown as a LoadError). */
  writeDocumentGraph(graph: DocumentGraph, options?: WriteOptions): Promise<DocumentLoadResult>;
  /**
   * Takes a loaded document and everything only it contributed out of the graph, in one transaction
   * (its programs' years recomputed in it); undefined when no loaded (source) document has the id.
   */
  removeDocument(docId: string): Promise<WriteCounts | undefined>;
  /** Every loaded source document with its hashes. */
  listLoadedDocuments(): Promise<LoadedDocument[]>;
  /** Recomputes Program firstYear/lastYear from the OWNS years, for the whole graph. */
  updateProgramYears(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the driver and checks that the server answers; throws Neo4jUnavailableError naming the URI when it does not. */
export async function openGraphStore(settings: Neo4jSettings): Promise<GraphStore> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 30_000,
    // Deadlocks between concurrent ingests are transient: executeWrite retries them (and a lost server) for
    // this long. Longer would keep an ingest waiting on a Neo4j that died for minutes before it says so.
    maxTransactionRetryTime: 15_000,
  });
  try {
    await driver.verifyConnectivity(settings.database === undefined ? {} : { database: settings.database });
  } catch (cause) {
    await driver.close();
    throw new Neo4jUnavailableError(settings.uri, describe(cause), { cause });
  }
  // One chain of bookmarks: on a cluster each transaction sees the ones this process committed before it.
  const bookmarkManager = neo4j.bookmarkManager();
  const session = (): Session =>
    driver.session({ defaultAccessMode: neo4j.session.WRITE, bookmarkManager, ...(settings.database === undefined ? {} : { database: settings.database }) });
  const context: StoreContext = { uri: settings.uri, session };
  const store: GraphStore = {
    uri: settings.uri,
    applySchema: () => applySchema(context),
    writeDocumentGraphs: (graphs, options = {}, prepared) => writeDocumentGraphs(context, graphs, options, prepared),
    writeDocumentGraph: async (graph, options = {}) => {
      const result = await writeDocumentGraphs(context, [graph], options);
      const [outcome] = result.outcomes;
      if (outcome === undefined) throw new LoadError("load", graph.file, "the document was not written");
      if ("error" in outcome) throw outcome.error;
      const { nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted, propertiesSet } = result;
      return { docId: outcome.docId, status: outcome.status, nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted, propertiesSet };
    },
    removeDocument: (docId) => removeDocument(context, docId),
    listLoadedDocuments: () => listLoadedDocuments(context),
    updateProgramYears: () => autoCommit(context, "update-program-years", "recomputing Program firstYear/lastYear failed"),
    close: () => driver.close(),
  };
  return store;
}

interface StoreContext {
  uri: string;
  session: () => Session;
}

async function applySchema(context: StoreContext): Promise<void> {
  const session = context.session();
  try {
    for (const statement of loadSchemaStatements()) await session.run(statement);
    const [check] = (await session.run(loadQuery("find-documents-without-fact-keys"))).records;
    if (check?.get("needed") === true) {
      await session.run(loadQuery("migrate-fact-keys"));
      await session.run(loadQuery("migrate-document-fact-keys"));
    }
  } catch (cause) {
    throw asLoadError(cause, context.uri, undefined, "applying cypher/schema.cypher failed");
  } finally {
    await session.close();
  }
}

async function autoCommit(context: StoreContext, name: QueryName, detail: string): Promise<void> {
  const session = context.session();
  try {
    await session.executeWrite((tx) => tx.run(loadQuery(name)));
  } catch (cause) {
    throw asLoadError(cause, context.uri, undefined, detail);
  } finally {
    await session.close();
  }
}

async function listLoadedDocuments(context: StoreContext): Promise<LoadedDocument[]> {
  const session = context.session();
  try {
    const records = await session.executeRead(async (tx) => (await tx.run(loadQuery("list-loaded-documents"))).records);
    const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
    return records.map((r) => ({ id: r.get("id") as string, sha256: text(r.get("sha256")), extractorSha256: text(r.get("extractorSha256")), origin: text(r.get("origin")) }));
  } catch (cause) {
    throw asLoadError(cause, context.uri, undefined, "listing the loaded documents failed");
  } finally {
    await session.close();
  }
}

async function writeDocumentGraphs(context: StoreContext, graphs: readonly DocumentGraph[], options: WriteOptions, prepared?: BatchRows): Promise<BatchLoadResult> {
  try {
    return { ...(await inOneTransaction(context, graphs, options, prepared ?? toBatchRows(graphs, options.extractorSha256))), splits: 0 };
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    if (graphs.length === 1) return { outcomes: [{ docId: graphs[0]!.docId, file: graphs[0]!.file, error }], splits: 0, ...emptyCounts() };
  }
  // The batch failed as a whole (too big for the server's transaction memory, or a bad document): each half is
  // written alone, and so on down, so a batch too big loads in a few smaller ones and a bad document is found in log2(n).
  const middle = Math.ceil(graphs.length / 2);
  const total: BatchLoadResult = { outcomes: [], splits: 1, ...emptyCounts() };
  for (const half of [graphs.slice(0, middle), graphs.slice(middle)]) {
    const { outcomes, splits, ...counts } = await writeDocumentGraphs(context, half, options);
    total.outcomes.push(...outcomes);
    total.splits += splits;
    addCounts(total, counts);
  }
  return total;
}

async function inOneTransaction(context: StoreContext, graphs: readonly DocumentGraph[], options: WriteOptions, prepared: BatchRows): Promise<Omit<BatchLoadResult, "splits">> {
  const session = context.session();
  try {
    // The rows are built before the transaction, so that the server does not wait on them; rebuilt inside only if some documents turn out unchanged.
    return await session.executeWrite((tx) => writeBatch(tx, graphs, options, prepared).catch(notRetriedWhenTooBig));
  } catch (cause) {
    throw asLoadError(cause, context.uri, graphs.length === 1 ? graphs[0]?.file : `a batch of ${graphs.length} documents`, "transaction rolled back");
  } finally {
    await session.close();
  }
}

async function removeDocument(context: StoreContext, docId: string): Promise<WriteCounts | undefined> {
  const session = context.session();
  try {
    return await session.executeWrite(async (tx) => {
      const counts = emptyCounts();
      const run = runner(tx, counts);
      const existing = (await run("find-document-hash", { docId }))[0];
      if (existing === undefined || existing.get("source") !== true) return undefined;
      const touched = await removeContribution(run, docId);
      await run("delete-document", { docId });
      if (touched.length > 0) await run("delete-orphan-entities", { ids: touched });
      const programs = touched.filter((id) => id.startsWith("program:"));
      if (programs.length > 0) await run("update-document-program-years", { ids: programs });
      return counts;
    });
  } catch (cause) {
    throw asLoadError(cause, context.uri, docId, "removing the document failed");
  } finally {
    await session.close();
  }
}

type Run = (name: QueryName, parameters: Record<string, unknown>) => Promise<Neo4jRecord[]>;

function runner(tx: ManagedTransaction, counts: WriteCounts): Run {
  return async (name, parameters) => {
    const result = await tx.run(loadQuery(name), parameters);
    addCounts(counts, result.summary.counters.updates());
    return result.records;
  };
}

/** Removes a document's evidence, docIds, relationships only it supported and its links; returns the ids it touched. */
async function removeContribution(run: Run, docId: string): Promise<string[]> {
  const touched = new Set<string>();
  const [facts] = await run("remove-document-facts", { docId });
  for (const id of (facts?.get("ids") as string[] | undefined) ?? []) touched.add(id);
  const holds = (facts?.get("holds") as string[] | undefined) ?? [];
  if (holds.length > 0) await run("update-holds-years", { ids: holds });
  for (const record of await run("remove-document-links", { docId })) for (const id of record.get("ids") as string[]) touched.add(id);
  return [...touched];
}

interface LoadedHashes {
  sha256: unknown;
  extractionSha256: unknown;
  extractorSha256: unknown;
  source: boolean;
  origin: unknown;
}

/** One transaction: each document's status decided, replaced documents' shares removed, then every row of the batch merged. */
async function writeBatch(tx: ManagedTransaction, graphs: readonly DocumentGraph[], options: WriteOptions, prepared: BatchRows): Promise<Omit<BatchLoadResult, "splits">> {
  const counts = emptyCounts();
  const run = runner(tx, counts);
  const existing = new Map<string, LoadedHashes>();
  for (const r of await run("find-document-hashes", { ids: graphs.map((g) => g.docId) })) {
    existing.set(r.get("id") as string, {
      sha256: r.get("sha256"),
      extractionSha256: r.get("extractionSha256"),
      extractorSha256: r.get("extractorSha256"),
      source: r.get("source") === true,
      origin: r.get("origin"),
    });
  }
  const outcomes: DocumentOutcome[] = [];
  const toWrite: DocumentGraph[] = [];
  const replacing: string[] = [];
  const refreshExtractor: string[] = [];
  for (const graph of graphs) {
    const loaded = existing.get(graph.docId);
    // Unchanged only if both the file and what the extraction makes of it are: a new extractor reloads old documents.
    if (loaded !== undefined && loaded.sha256 === graph.sha256 && loaded.extractionSha256 === extractionHash(graph)) {
      outcomes.push({ docId: graph.docId, file: graph.file, status: "unchanged" });
      if (options.extractorSha256 !== undefined && loaded.extractorSha256 !== options.extractorSha256) refreshExtractor.push(graph.docId);
      continue;
    }
    const isReplace = loaded !== undefined && loaded.source;
    if (isReplace && options.replaceOtherFile !== true && typeof loaded.origin === "string" && graph.origin !== undefined && loaded.origin !== graph.origin) {
      const reason =
        `${graph.docId} is already loaded from another file named ${graph.file} (another folder) with other content; ` +
        "rename this file to load both, or pass --replace to let it replace the loaded one";
      outcomes.push({ docId: graph.docId, file: graph.file, error: new LoadError("load", graph.file, reason) });
      continue;
    }
    if (isReplace) replacing.push(graph.docId);
    toWrite.push(graph);
    outcomes.push({ docId: graph.docId, file: graph.file, status: isReplace ? "replaced" : "loaded" });
  }
  if (refreshExtractor.length > 0) await run("update-document-extractor", { ids: refreshExtractor, extractorSha256: options.extractorSha256 });
  if (toWrite.length === 0) return { outcomes, ...counts };
  const touched = new Set<string>();
  for (const docId of replacing) for (const id of await removeContribution(run, docId)) touched.add(id);
  const rows = toWrite.length === graphs.length ? prepared : toBatchRows(toWrite, options.extractorSha256);
  // Sent back to back without waiting: Bolt runs them in order and the round trips overlap. Should
  // find-missing-entities report a gap, the error below rolls the whole transaction back.
  const pending: Promise<Neo4jRecord[]>[] = [];
  for (const batch of batches(rows.entities)) pending.push(run("merge-entities", { rows: batch }));
  const missingCheck = run("find-missing-entities", { ids: rows.endpointIds });
  for (const type of RELATIONSHIP_TYPES) {
    for (const batch of batches(rows.relationships.get(type) ?? [])) pending.push(run(MERGE_QUERY[type], { rows: batch }));
  }
  if (touched.size > 0) pending.push(run("delete-orphan-entities", { ids: [...touched] }));
  const [missingRecords] = await Promise.all([missingCheck, Promise.all(pending)]);
  const missing = missingRecords[0]?.get("missing") as string[] | undefined;
  if (missing !== undefined && missing.length > 0) {
    throw new LoadError("load", toWrite.length === 1 ? toWrite[0]?.file : undefined, `relationships end at nodes the graph does not define: ${missing.slice(0, 5).join(", ")}`);
  }
  // The years of the programs these documents name or named, in the same transaction as their facts.
  const programs = [...new Set([...rows.programIds, ...[...touched].filter((id) => id.startsWith("program:"))])];
  if (programs.length > 0) await run("update-document-program-years", { ids: programs });
  return { outcomes, ...counts };
}

/**
 * A batch past the server's transaction memory (db.memory.transaction.max) fails the same way however often it
 * is tried: thrown as a LoadError, which executeWrite does not retry, so that the caller splits it at once.
 * When the memory of all transactions is full (dbms.memory.transaction.total.max), others hold it: executeWrite
 * retries, as for any transient error, and the batch passes once they end.
 */
function notRetriedWhenTooBig(cause: unknown): never {
  const code = (cause as { code?: unknown } | null)?.code;
  const message = String((cause as { message?: unknown } | null)?.message ?? "");
  if (code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError" && !message.includes("dbms.memory.transaction.total.max")) {
    throw new LoadError("load", undefined, `the batch is larger than the server's transaction memory: ${describe(cause)}`, { cause });
  }
  throw cause;
}

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) yield rows.slice(i, i + BATCH_SIZE);
}

function emptyCounts(): WriteCounts {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

function addCounts(counts: WriteCounts, updates: Partial<Record<keyof WriteCounts, number>> | Record<string, number>): void {
  const add = updates as Record<string, number | undefined>;
  counts.nodesCreated += add.nodesCreated ?? 0;
  counts.nodesDeleted += add.nodesDeleted ?? 0;
  counts.relationshipsCreated += add.relationshipsCreated ?? 0;
  counts.relationshipsDeleted += add.relationshipsDeleted ?? 0;
  counts.propertiesSet += add.propertiesSet ?? 0;
}

/** Keeps our own errors; a lost connection becomes Neo4jUnavailableError, anything else a LoadError naming the document. */
function asLoadError(cause: unknown, uri: string, file: string | undefined, detail: string): IngestError {
  if (cause instanceof IngestError) return cause;
  const code = (cause as { code?: unknown } | null)?.code;
  if (code === "ServiceUnavailable" || code === "SessionExpired") return new Neo4jUnavailableError(uri, describe(cause), { cause });
  return new LoadError("load", file, `${detail}: ${describe(cause)}`, { cause });
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

