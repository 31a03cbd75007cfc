/** The metrics worker: computes degree, PageRank, betweenness and communities off the main thread. */
import { computeMetrics } from "./compute-metrics";
import type { MetricsReply, MetricsRequest } from "./worker-protocol";

self.onmessage = (event: MessageEvent<MetricsRequest>) => {
  const { id, graph } = event.data;
  let reply: MetricsReply;
  try {
    reply = { id, metrics: computeMetrics(graph) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
