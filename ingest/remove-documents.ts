/** `npm run ingest -- --remove FILE|DOC_ID`: takes loaded documents, and what only they contributed, out of the graph. */
import { basename } from "node:path";
import type { Neo4jSettings } from "./config";
import { openGraphStore, type WriteCounts } from "./neo4j/graph-store";
import { documentIdOf } from "./text/decode-text";

export interface RemovedDocument {
  /** What the user named: a file path or a document id. */
  target: string;
  docId: string;
  /** undefined: no loaded document has this id (never loaded, or only cited by others). */
  counts: WriteCounts | undefined;
}

/** A document id as given (`doc:…`), or the id a file's name gives it (its stem: corpus/a.txt → doc:a). */
export function documentIdOfTarget(target: string): string {
  return target.startsWith("doc:") ? target : documentIdOf(basename(target));
}

/** Removes each named document in its own transaction, in the order given. */
export async function removeDocuments(targets: string[], settings: Neo4jSettings): Promise<RemovedDocument[]> {
  const store = await openGraphStore(settings);
  try {
    const removed: RemovedDocument[] = [];
    for (const target of targets) {
      const docId = documentIdOfTarget(target);
      removed.push({ target, docId, counts: await store.removeDocument(docId) });
    }
    return removed;
  } finally {
    await store.close();
  }
}

export function formatRemoved(removed: RemovedDocument[], uri: string): string {
  const lines = removed.map(({ target, docId, counts }) =>
    counts === undefined
      ? `  ${target}: not removed: no loaded document has the id ${docId}`
      : `  ${docId}: removed (nodes −${counts.nodesDeleted}, relationships −${counts.relationshipsDeleted})`,
  );
  const done = removed.filter((r) => r.counts !== undefined).length;
  return `Neo4j ${uri}: removed ${done} of ${removed.length} document${removed.length === 1 ? "" : "s"}\n${lines.join("\n")}\n`;
}
