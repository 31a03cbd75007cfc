/** The data version of what Neo4j holds now, recorded on first sight so that a later version can say what changed. */
import { z } from "zod";
import type { Neo4jClient } from "../neo4j/client";
import { toDataVersion, type DataVersionRecord } from "./data-version";

const documentRow = z.object({ id: z.string(), title: z.string(), sha256: z.string(), extractionSha256: z.string() });
const recordRow = z.object({ id: z.string(), documents: z.array(z.string()), titles: z.array(z.string()), shas: z.array(z.string()) });

export interface CurrentDataVersion {
  record: DataVersionRecord;
  /** The record write failed (e.g. a read-only Neo4j user): the version still holds, its changes will be unknown. */
  recordError?: unknown;
}

/**
 * Reads the source documents and hashes them, on every call: no cache, so a link made right after an ingest
 * carries the new version (one label scan of the Document nodes; the graph's size does not enter).
 * A version not yet on record is written once (MERGE: two first callers at once still make one node).
 */
export async function readCurrentDataVersion(client: Neo4jClient): Promise<CurrentDataVersion> {
  const docs = await client.read("list-document-versions", {}, documentRow);
  const record = toDataVersion(docs);
  // A read first: once a version is on record, answering it writes nothing (and reads may go to a replica).
  if ((await readRecordedDataVersion(client, record.id)) !== undefined) return { record };
  try {
    await client.write("merge-data-version", { id: record.id, documents: record.documents, titles: record.titles, shas: record.shas });
    return { record };
  } catch (recordError) {
    return { record, recordError };
  }
}

/** A recorded data version, or undefined when none has that id. */
export async function readRecordedDataVersion(client: Neo4jClient, id: string): Promise<DataVersionRecord | undefined> {
  const [row] = await client.read("get-data-version", { id }, recordRow);
  return row;
}
