/**
 * The page's side of the metrics worker: one worker for the session, started on first use; each request gets
 * its own answer by id, so an answer for an older graph can be told from the current one.
 */
import type { SerializedGraph } from "graphology-types";
import type { MetricsEdgeAttributes } from "./compute-metrics";
import type { NodeMetrics } from "./types";
import type { MetricsReply, MetricsRequest } from "./worker-protocol";

/** The worker failed or could not start; the message says where. */
export class MetricsWorkerError extends Error {
  override readonly name = "MetricsWorkerError";
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (m: NodeMetrics) => void; reject: (e: Error) => void }>();

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function startWorker(): Worker {
  const w = new Worker(new URL("./metrics.worker.ts", import.meta.url), { type: "module", name: "metrics" });
  w.onmessage = (event: MessageEvent<MetricsReply>) => {
    const reply = event.data;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if ("error" in reply) p.reject(new MetricsWorkerError(`metrics worker: ${reply.error}`));
    else p.resolve(reply.metrics);
  };
  w.onerror = (event) => {
    // A worker that threw at top level (or failed to load) answers nothing more: start afresh next time.
    failAll(new MetricsWorkerError(`metrics worker: ${event.message || "failed to start"}`));
    w.terminate();
    worker = null;
  };
  return w;
}

/** Computes the metrics of a serialised graph in the worker. */
export function computeInWorker(graph: SerializedGraph<Record<string, unknown>, MetricsEdgeAttributes>): Promise<NodeMetrics> {
  worker ??= startWorker();
  const id = nextId++;
  const request: MetricsRequest = { id, graph };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker?.postMessage(request);
  });
}
