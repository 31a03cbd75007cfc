/** Data versions of the graph (pure): a short hash of the loaded source documents, and what changed between two. */
import { createHash } from "node:crypto";
import type { DataChangesResponse, DocumentRef } from "../../shared/api-types";

/** Hex digits of sha256 a version keeps: short enough for a link, 48 bits against accidental collisions. */
export const DATA_VERSION_LENGTH = 12;
/** What a data version looks like in a link or a route: anything else is refused before it reaches Neo4j. */
export const DATA_VERSION_PATTERN = /^[0-9a-f]{12}$/;

/** A loaded source document as the version sees it: its id, title, file hash and extraction hash. */
export interface SourceDocumentState {
  id: string;
  title: string;
  sha256: string;
  extractionSha256: string;
}

/** A data version with the documents it was made of, as recorded (parallel lists, sorted by id). */
export interface DataVersionRecord {
  id: string;
  documents: string[];
  titles: string[];
  /** Per document `<file sha256>:<extraction sha256>`: a new text or a new reading of it is a change. */
  shas: string[];
}

/** The content hash of one document: the file and what the extraction made of it. */
function contentSha(doc: SourceDocumentState): string {
  return `${doc.sha256}:${doc.extractionSha256}`;
}

/**
 * The version of a set of loaded documents: the first 12 hex digits of sha256 over the sorted `id\tcontent` lines.
 * It depends only on which documents are loaded and their content, not on the order Neo4j returns them in.
 */
export function toDataVersion(docs: readonly SourceDocumentState[]): DataVersionRecord {
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = sorted.map((d) => `${d.id}\t${contentSha(d)}`).join("\n");
  const id = createHash("sha256").update(lines, "utf8").digest("hex").slice(0, DATA_VERSION_LENGTH);
  return { id, documents: sorted.map((d) => d.id), titles: sorted.map((d) => d.title), shas: sorted.map(contentSha) };
}

/** The documents of a record as a map id → {title, sha}. */
function byId(record: DataVersionRecord): Map<string, { title: string; sha: string }> {
  return new Map(record.documents.map((id, i) => [id, { title: record.titles[i] ?? id, sha: record.shas[i] ?? "" }]));
}

/** The documents added, removed and changed from `from` to `to`, each list sorted by id (removed ones keep their old title). */
export function dataChanges(from: DataVersionRecord, to: DataVersionRecord): DataChangesResponse {
  const before = byId(from);
  const after = byId(to);
  const added: DocumentRef[] = [];
  const changed: DocumentRef[] = [];
  const removed: DocumentRef[] = [];
  for (const [id, doc] of after) {
    const old = before.get(id);
    if (old === undefined) added.push({ id, title: doc.title });
    else if (old.sha !== doc.sha) changed.push({ id, title: doc.title });
  }
  for (const [id, doc] of before) if (!after.has(id)) removed.push({ id, title: doc.title });
  const order = (a: DocumentRef, b: DocumentRef) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { from: from.id, to: to.id, added: added.sort(order), removed: removed.sort(order), changed: changed.sort(order) };
}
