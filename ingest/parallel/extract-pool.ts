/**
 * Reads and extracts files on worker threads (one per core by default) or, with one worker, in this
 * thread. Results are the same either way: each file is extracted alone, and the caller consumes them in
 * file order.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Gazetteer, GazetteerFile } from "../gazetteer/load-gazetteer";
import { readAndExtract, type FileOutcome, type KnownDocuments } from "../read-and-extract";
import { BUILTIN_SOURCES } from "../sources/builtin-sources";
import type { DocumentSource } from "../sources/document-source";
import { bundledWorker } from "./worker-bundle";

export interface WorkerInit {
  /** The parsed gazetteer files: a worker builds from them instead of reading and parsing the YAML again. */
  gazetteerFiles: GazetteerFile[];
  maxSize: number;
  known: [string, string][];
}

export interface ExtractTask {
  id: number;
  path: string;
  sourceName: string;
}

export type WorkerReply = { id: number; outcome: FileOutcome } | { id: number; error: string };

export interface ExtractPool {
  /** How many threads extract (1: this one). */
  readonly workers: number;
  extract(path: string, source: DocumentSource): Promise<FileOutcome>;
  close(): Promise<void>;
}

export interface ExtractPoolOptions {
  workers: number;
  gazetteer: Gazetteer;
  gazetteerFiles: GazetteerFile[];
  maxSize: number;
  known: KnownDocuments;
  sources: readonly DocumentSource[];
}

/** The gazetteer a run extracts with, and the files it was built from. */
export interface LoadedGazetteer {
  gazetteer: Gazetteer;
  gazetteerFiles: GazetteerFile[];
}

/** The default worker count: the machine's cores. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

export function createExtractPool(options: ExtractPoolOptions): ExtractPool {
  // Sources given by a caller (tests, embedders) cannot cross a thread boundary: they run here.
  const builtinOnly = options.sources.every((source) => BUILTIN_SOURCES.includes(source));
  if (options.workers <= 1 || !builtinOnly) {
    return {
      workers: 1,
      extract: (path, source) => readAndExtract(path, source, options.gazetteer, options.maxSize, options.known),
      close: async () => {},
    };
  }
  return workerPool(options);
}

function workerPool(options: ExtractPoolOptions): ExtractPool {
  const init: WorkerInit = { gazetteerFiles: options.gazetteerFiles, maxSize: options.maxSize, known: [...options.known] };
  const entry = new URL("./extract-worker.ts", import.meta.url);
  // The bundled worker starts without tsx; where esbuild cannot write its bundle, tsx is registered in each thread.
  const bundle = bundledWorker(entry);
  const pending = new Map<number, { resolve: (outcome: FileOutcome) => void; reject: (error: Error) => void; worker: Worker }>();
  const load = new Map<Worker, number>();
  let failure: Error | undefined;
  const workers = Array.from({ length: options.workers }, () => {
    const worker =
      bundle === undefined
        ? new Worker(new URL("./worker-bootstrap.mjs", import.meta.url), { workerData: { ...init, entry: entry.href } })
        : new Worker(bundle, { workerData: init });
    load.set(worker, 0);
    worker.on("message", (reply: WorkerReply) => {
      const task = pending.get(reply.id);
      if (task === undefined) return;
      pending.delete(reply.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      if ("error" in reply) task.reject(new Error(`extract worker: ${reply.error}`));
      else task.resolve(reply.outcome);
    });
    worker.on("error", (error) => fail(error));
    worker.on("exit", (code) => {
      if (code !== 0) fail(new Error(`an extract worker stopped with exit code ${code}`));
    });
    return worker;
  });
  // A worker that dies takes its tasks with it; every caller waiting learns why.
  function fail(error: Error): void {
    failure ??= error;
    for (const [id, task] of pending) {
      pending.delete(id);
      task.reject(error);
    }
  }
  let nextId = 0;
  return {
    workers: workers.length,
    extract: (path, source) => {
      if (failure !== undefined) return Promise.reject(failure);
      const worker = workers.reduce((best, w) => ((load.get(w) ?? 0) < (load.get(best) ?? 0) ? w : best));
      const id = nextId++;
      load.set(worker, (load.get(worker) ?? 0) + 1);
      return new Promise<FileOutcome>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker });
        worker.postMessage({ id, path, sourceName: source.name } satisfies ExtractTask);
      });
    },
    close: async () => {
      failure ??= new Error("the extract pool is closed");
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
