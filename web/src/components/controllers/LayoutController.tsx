/** Layout: ForceAtlas2 in a web worker for a time budget scaled to the graph, then noverlap; one run per request. */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import { CONFIG } from "../../config";
import type { CanvasEdgeAttributes, CanvasNodeAttributes } from "../../graph/graph-instance";
import { LARGE_GRAPH_EDGES } from "../../graph/large-graph";
import { restoreLayout, saveLayout } from "../../graph/layout-cache";
import { largeGraphSettings } from "../../graph/sigma-settings";
import { graphDataStore, useGraphData } from "../../state/graph/store";
import { setLayout } from "../../state/graph/transitions";

function budgetMs(order: number, kind: "full" | "expand"): number {
  const { maxFa2Ms, minFa2Ms, fa2MsPerNode, expandFa2Ms } = CONFIG.layout;
  if (kind === "expand") return expandFa2Ms;
  return Math.min(maxFa2Ms, Math.max(minFa2Ms, order * fa2MsPerNode));
}

export function LayoutController(): null {
  const sigma = useSigma<CanvasNodeAttributes, CanvasEdgeAttributes>();
  const request = useGraphData((s) => s.layoutRequest);

  useEffect(() => {
    const graph = sigma.getGraph();
    if (request.id === 0 || graph.order === 0) return;
    const large = graph.size > LARGE_GRAPH_EDGES;
    const settings = largeGraphSettings(graph);
    // Each settings change reprocesses every item: none when the graph kept its size class.
    if (Object.entries(settings).some(([key, value]) => sigma.getSetting(key as keyof typeof settings) !== value)) sigma.setSettings(settings);
    const started = performance.now();
    // The same overview as last time (same nodes, same relationships): its positions are kept, no layout to run.
    if (request.kind === "full" && restoreLayout(graph, window.localStorage)) {
      sigma.refresh();
      graphDataStore.update((s) => ({ ...setLayout(s, "done", Math.round(performance.now() - started)), layoutCached: true }));
      return;
    }
    graphDataStore.update((s) => ({ ...setLayout(s, "running", null), layoutCached: false }));
    const inferred = forceAtlas2.inferSettings(graph);
    // A large graph is laid out on a copy: moving the shown graph each iteration makes sigma reprocess 100k items
    // per frame, which starves both the page and the worker (it waits for the page between iterations).
    const target = large ? graph.copy() : graph;
    const layout = new FA2Layout(target, {
      settings: {
        ...inferred,
        barnesHutOptimize: graph.order > 800,
        linLogMode: true,
        outboundAttractionDistribution: true,
        scalingRatio: 4,
        gravity: 0.6,
        slowDown: 3,
      },
      getEdgeWeight: "weight",
    });
    layout.start();
    const timer = setTimeout(() => {
      layout.stop();
      layout.kill();
      if (target !== graph) graph.updateEachNodeAttributes((node, attr) => ({ ...attr, x: target.getNodeAttribute(node, "x"), y: target.getNodeAttribute(node, "y") }));
      if (graph.order <= CONFIG.layout.noverlapMaxNodes) {
        // Overlap is a screen matter (sigma sizes nodes in pixels): run noverlap in viewport coordinates.
        sigma.refresh();
        noverlap.assign(graph, {
          maxIterations: CONFIG.layout.noverlapIterations,
          settings: { margin: 1, ratio: 1.1 },
          inputReducer: (key, attr) => ({ ...sigma.graphToViewport(attr), size: sigma.getNodeDisplayData(key)?.size ?? attr.size }),
          outputReducer: (_key, pos) => sigma.viewportToGraph(pos),
        });
      }
      if (request.kind === "full") saveLayout(graph, window.localStorage);
      graphDataStore.update((s) => setLayout(s, "done", Math.round(performance.now() - started)));
    }, budgetMs(graph.order, request.kind));
    return () => {
      clearTimeout(timer);
      layout.kill();
    };
  }, [sigma, request]);

  return null;
}
