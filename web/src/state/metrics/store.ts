/** The metrics slice's store, hooks and the action that asks the worker; also the reducer style it makes. */
import { useSyncExternalStore } from "react";
import { mainGraph } from "../../graph/graph-instance";
import { buildMetricStyle, type MetricStyle } from "../../graph/metrics/metric-style";
import { toMetricsInput } from "../../graph/metrics/metrics-input";
import { computeInWorker } from "../../graph/metrics/metrics-worker-client";
import { createStore, useStore } from "../store";
import { viewStore } from "../view/store";
import { computed, computeFailed, computing, hasOrAwaits } from "./transitions";
import { INITIAL_METRICS, type MetricsState } from "./types";

export const metricsStore = createStore<MetricsState>(INITIAL_METRICS);

export function useMetrics<S>(selector: (s: MetricsState) => S): S {
  return useStore(metricsStore, selector);
}

/** Computes the main graph's metrics for this graph version in the worker, unless they are there or coming. */
export function ensureMetrics(version: number): void {
  if (hasOrAwaits(metricsStore.get(), version)) return;
  metricsStore.update((s) => computing(s, version));
  // Serialised here, synchronously: the graph may change (an expand) before the worker reads it.
  computeInWorker(toMetricsInput(mainGraph)).then(
    (metrics) => metricsStore.update((s) => computed(s, version, metrics)),
    (error: unknown) => metricsStore.update((s) => computeFailed(s, version, error instanceof Error ? error.message : String(error))),
  );
}

let styleCache: { metrics: unknown; sizeBy: string; colorBy: string; value: MetricStyle | null } | null = null;

/** The reducer's metric style for the current metrics and view choice, rebuilt only when one of them changed. */
export function currentMetricStyle(): MetricStyle | null {
  const { metrics } = metricsStore.get();
  const { sizeBy, colorBy } = viewStore.get();
  if (styleCache?.metrics !== metrics || styleCache.sizeBy !== sizeBy || styleCache.colorBy !== colorBy) {
    styleCache = { metrics, sizeBy, colorBy, value: buildMetricStyle(metrics, sizeBy, colorBy) };
  }
  return styleCache.value;
}

function subscribeStyle(listener: () => void): () => void {
  const a = metricsStore.subscribe(listener);
  const b = viewStore.subscribe(listener);
  return () => {
    a();
    b();
  };
}

export function useMetricStyle(): MetricStyle | null {
  return useSyncExternalStore(subscribeStyle, currentMetricStyle, currentMetricStyle);
}
