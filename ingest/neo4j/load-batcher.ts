/**
 * Gathers documents' graphs into batches of about `batchRows` rows and writes each batch in one
 * transaction, one batch at a time, while the caller goes on extracting the next.
 */
import type { DocumentGraph } from "../model";
import type { DocumentOutcome, GraphStore, WriteCounts, WriteOptions } from "./graph-store";
import { toBatchRows } from "./graph-rows";

export interface LoadBatcher {
  /** Adds a graph; when the batch is full, waits for the previous batch's write and starts this one's. */
  add(graph: DocumentGraph): Promise<void>;
  /** Writes what is left and waits for every write. */
  finish(): Promise<void>;
}

export interface BatcherCallbacks {
  onWritten(outcomes: DocumentOutcome[], counts: WriteCounts): void;
}

/** The smallest batch the batcher shrinks to after splits (rows). */
const MIN_BATCH_ROWS = 2_000;

export function createLoadBatcher(store: GraphStore, batchRows: number, options: WriteOptions, callbacks: BatcherCallbacks): LoadBatcher {
  let batch: DocumentGraph[] = [];
  let rows = 0;
  // A batch the server had to take in halves says the next ones should be smaller (facts many documents share grow, and
  // rewriting their evidence takes more of the server's transaction memory as the graph grows).
  let limit = batchRows;
  let writing: Promise<void> = Promise.resolve();
  let failure: unknown;
  const flush = async (): Promise<void> => {
    const graphs = batch;
    batch = [];
    rows = 0;
    // This batch's rows are built while the previous batch is written.
    const prepared = graphs.length === 0 ? undefined : toBatchRows(graphs, options.extractorSha256);
    await writing;
    if (failure !== undefined) throw failure;
    if (prepared === undefined) return;
    writing = store.writeDocumentGraphs(graphs, options, prepared).then(
      ({ outcomes, splits, ...counts }) => {
        if (splits > 0) limit = Math.max(Math.min(MIN_BATCH_ROWS, batchRows), Math.floor(limit / 2));
        callbacks.onWritten(outcomes, counts);
      },
      (error: unknown) => {
        failure = error;
      },
    );
  };
  return {
    add: async (graph) => {
      batch.push(graph);
      rows += graph.nodes.length + graph.relationships.length;
      if (rows >= limit) await flush();
    },
    finish: async () => {
      await flush();
      await writing;
      if (failure !== undefined) throw failure;
    },
  };
}
