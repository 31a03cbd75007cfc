/** The Neo4j side of ingest: one driver, the schema, and each document's graph written in one transaction. */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from "neo4j-driver";
import { RELATIONSHIP_TYPES, type RelationshipType } from "../../cypher/model";
import { loadQuery, loadSchemaStatements, type QueryName } from "../../cypher/queries";
import type { Neo4jSettings } from "../config";
import { IngestError, LoadError, Neo4jUnavailableError } from "../errors";
import type { DocumentGraph } from "../model";
import { toDocumentRows } from "./graph-rows";

/** Rows per UNWIND: the batch size measured fastest on 2 cores (DESIGN.md). */
const BATCH_SIZE = 10_000;

const MERGE_QUERY: Record<RelationshipType, QueryName> = {
  PART_OF: "merge-part-of",
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

export interface GraphStore {
  readonly uri: string;
  /** Creates the constraints and indexes of cypher/schema.cypher (all IF NOT EXISTS). */
  applySchema(): Promise<void>;
  /** Writes one document's graph in one transaction (rolled back whole on failure); unchanged documents are skipped. */
  /**
   * `replaceOtherFile`: let a file replace a loaded document of the same id that came from another file
   * (same name, another folder); without it that is refused with a LoadError, so nothing is overwritten by mistake.
   */
  writeDocumentGraph(graph: DocumentGraph, options?: { replaceOtherFile?: boolean }): Promise<DocumentLoadResult>;
  /**
   * Takes a loaded document and everything only it contributed out of the graph, in one transaction
   * (its programs' years recomputed in it); undefined when no loaded (source) document has the id.
   */
  removeDocument(docId: string): Promise<WriteCounts | undefined>;
  /** Recomputes Program firstYear/lastYear from the OWNS years. */
  updateProgramYears(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the driver and checks that the server answers; throws Neo4jUnavailableError naming the URI when it does not. */
export async function openGraphStore(settings: Neo4jSettings): Promise<GraphStore> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 30_000,
  });
  try {
    await driver.verifyConnectivity();
  } catch (cause) {
    await driver.close();
    throw new Neo4jUnavailableError(settings.uri, describe(cause), { cause });
  }
  return {
    uri: settings.uri,
    applySchema: () => applySchema(driver, settings.uri),
    writeDocumentGraph: (graph, options) => writeDocumentGraph(driver, settings.uri, graph, options?.replaceOtherFile === true),
    removeDocument: (docId) => removeDocument(driver, settings.uri, docId),
    updateProgramYears: () => updateProgramYears(driver, settings.uri),
    close: () => driver.close(),
  };
}

async function applySchema(driver: Driver, uri: string): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const statement of loadSchemaStatements()) await session.run(statement);
  } catch (cause) {
    throw asLoadError(cause, uri, undefined, "applying cypher/schema.cypher failed");
  } finally {
    await session.close();
  }
}

async function updateProgramYears(driver: Driver, uri: string): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite((tx) => tx.run(loadQuery("update-program-years")));
  } catch (cause) {
    throw asLoadError(cause, uri, undefined, "recomputing Program firstYear/lastYear failed");
  } finally {
    await session.close();
  }
}

async function writeDocumentGraph(driver: Driver, uri: string, graph: DocumentGraph, replaceOtherFile: boolean): Promise<DocumentLoadResult> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite((tx) => writeInTransaction(tx, graph, replaceOtherFile));
  } catch (cause) {
    throw asLoadError(cause, uri, graph.file, "transaction rolled back");
  } finally {
    await session.close();
  }
}

async function removeDocument(driver: Driver, uri: string, docId: string): Promise<WriteCounts | undefined> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
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
    throw asLoadError(cause, uri, docId, "removing the document failed");
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

async function writeInTransaction(tx: ManagedTransaction, graph: DocumentGraph, replaceOtherFile: boolean): Promise<DocumentLoadResult> {
  const counts = emptyCounts();
  const run = runner(tx, counts);
  const existing = (await run("find-document-hash", { docId: graph.docId }))[0];
  const rows = toDocumentRows(graph);
  // Unchanged only if both the file and what the extraction makes of it are: a new extractor reloads old documents.
  if (existing !== undefined && existing.get("sha256") === graph.sha256 && existing.get("extractionSha256") === rows.extractionSha256) {
    return { docId: graph.docId, status: "unchanged", ...counts };
  }
  const replacing = existing !== undefined && existing.get("source") === true;
  const loadedFrom: unknown = existing?.get("origin");
  if (replacing && !replaceOtherFile && typeof loadedFrom === "string" && graph.origin !== undefined && loadedFrom !== graph.origin) {
    throw new LoadError(
      "load",
      graph.file,
      `${graph.docId} is already loaded from another file named ${graph.file} (another folder) with other content; ` +
        "rename this file to load both, or pass --replace to let it replace the loaded one",
    );
  }
  const touched = replacing ? await removeContribution(run, graph.docId) : [];
  // Sent back to back without waiting: Bolt runs them in order and the round trips overlap. Should
  // find-missing-entities report a gap, the error below rolls the whole transaction back.
  const pending: Promise<Neo4jRecord[]>[] = [];
  for (const batch of batches(rows.entities)) pending.push(run("merge-entities", { rows: batch }));
  const missingCheck = run("find-missing-entities", { ids: rows.endpointIds });
  for (const type of RELATIONSHIP_TYPES) {
    for (const batch of batches(rows.relationships.get(type) ?? [])) pending.push(run(MERGE_QUERY[type], { rows: batch }));
  }
  if (touched.length > 0) pending.push(run("delete-orphan-entities", { ids: touched }));
  const [missingRecords] = await Promise.all([missingCheck, Promise.all(pending)]);
  const missing = missingRecords[0]?.get("missing") as string[] | undefined;
  if (missing !== undefined && missing.length > 0) {
    throw new LoadError("load", graph.file, `relationships end at nodes the graph does not define: ${missing.slice(0, 5).join(", ")}`);
  }
  // The years of the programs this document names or named, in the same transaction as its facts.
  const programs = [...new Set([...graph.nodes.filter((n) => n.labels[0] === "Program").map((n) => n.id), ...touched.filter((id) => id.startsWith("program:"))])];
  if (programs.length > 0) await run("update-document-program-years", { ids: programs });
  return { docId: graph.docId, status: replacing ? "replaced" : "loaded", ...counts };
}

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) yield rows.slice(i, i + BATCH_SIZE);
}

function emptyCounts(): WriteCounts {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

function addCounts(counts: WriteCounts, updates: Record<string, number>): void {
  counts.nodesCreated += updates.nodesCreated ?? 0;
  counts.nodesDeleted += updates.nodesDeleted ?? 0;
  counts.relationshipsCreated += updates.relationshipsCreated ?? 0;
  counts.relationshipsDeleted += updates.relationshipsDeleted ?? 0;
  counts.propertiesSet += updates.propertiesSet ?? 0;
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
