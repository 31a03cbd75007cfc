/** Publishes window.__miit (see test-hooks.ts) and counts renders for time-to-first-draw. */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { RelationshipType } from "../../../../cypher/model";
import type { CanvasGraph } from "../../graph/graph-instance";
import { installPageHooks } from "../../test-hooks";
import { consoleStore } from "../../state/console/store";
import { PATH_EDGE_COLOR } from "../../graph/styles";
import { dataVersionStore } from "../../state/data-version/store";
import { graphDataStore, loadGraphData } from "../../state/graph/store";
import { metricsStore } from "../../state/metrics/store";
import { pathsStore } from "../../state/paths/store";
import { viewStore } from "../../state/view/store";
import { currentVisibility } from "../../state/view/visibility";

export function TestHooksController(): null {
  const sigma = useSigma();

  useEffect(() => {
    let renderCount = 0;
    let firstDrawMs: number | null = null;
    let renderStart = 0;
    const renderMs: number[] = [];
    const onBeforeRender = () => {
      renderStart = performance.now();
    };
    const onRender = () => {
      renderCount += 1;
      renderMs.push(performance.now() - renderStart);
      if (renderMs.length > 200) renderMs.shift();
      if (firstDrawMs === null && sigma.getGraph().order > 0) firstDrawMs = performance.now();
    };
    sigma.on("beforeRender", onBeforeRender);
    sigma.on("afterRender", onRender);
    // Sigma drew its first frame in its constructor (a synchronous refresh), before these listeners existed.
    if (sigma.getGraph().order > 0) firstDrawMs = performance.now();
    installPageHooks({
      get nodeCount() {
        return sigma.getGraph().order;
      },
      get edgeCount() {
        return sigma.getGraph().size;
      },
      get visibleNodeCount() {
        return currentVisibility().visibleNodeCount;
      },
      get visibleEdgeCount() {
        return currentVisibility().visibleEdgeCount;
      },
      get visibleEdgesByType() {
        return { ...currentVisibility().visibleEdgesByType };
      },
      get selectedId() {
        return viewStore.get().selectedId;
      },
      get yearRange() {
        return viewStore.get().yearRange;
      },
      get graphStatus() {
        return graphDataStore.get().status;
      },
      get layoutStatus() {
        return graphDataStore.get().layout;
      },
      factEdgeState(type: RelationshipType, start: string, end: string, year: number) {
        const graph = sigma.getGraph() as CanvasGraph;
        if (!graph.hasNode(start) || !graph.hasNode(end)) return "absent";
        const edge = graph.edges(start, end).find((e) => graph.getEdgeAttribute(e, "relType") === type && graph.getEdgeAttribute(e, "year") === year);
        if (edge === undefined) return "absent";
        return currentVisibility().hiddenEdges.has(edge) ? "hidden" : "visible";
      },
      nodeDisplayColor(id: string) {
        return sigma.getNodeDisplayData(id)?.color ?? null;
      },
      get layoutCached() {
        return graphDataStore.get().layoutCached;
      },
      get layoutMs() {
        return graphDataStore.get().layoutMs;
      },
      get firstDrawMs() {
        return firstDrawMs;
      },
      get renderCount() {
        return renderCount;
      },
      get recentRenderMs() {
        return [...renderMs];
      },
      get consoleRowCount() {
        return consoleStore.get().result?.rows.length ?? 0;
      },
      get consoleNodeCount() {
        return consoleStore.get().result?.graph.nodes.length ?? 0;
      },
      get pathStatus() {
        return pathsStore.get().status;
      },
      get pathCount() {
        return pathsStore.get().result?.paths.length ?? 0;
      },
      get highlightedNodeIds() {
        return sigma.getGraph().filterNodes((n) => {
          const d = sigma.getNodeDisplayData(n);
          return d !== undefined && d.highlighted && !d.hidden;
        });
      },
      get pathEdgeIds() {
        return sigma.getGraph().filterEdges((e) => {
          const d = sigma.getEdgeDisplayData(e);
          return d !== undefined && d.color === PATH_EDGE_COLOR && !d.hidden;
        });
      },
      get checkedDataVersion() {
        return dataVersionStore.get().checked;
      },
      nodeViewportPosition(id) {
        if (!sigma.getGraph().hasNode(id) || currentVisibility().hiddenNodes.has(id)) return null;
        const d = sigma.getNodeDisplayData(id);
        return d ? sigma.framedGraphToViewport(d) : null;
      },
      get metricsStatus() {
        return metricsStore.get().status;
      },
      get metricsReady() {
        const m = metricsStore.get();
        return m.status === "idle" && m.metrics !== null && m.version === graphDataStore.get().version;
      },
      get metricsMs() {
        return metricsStore.get().metrics?.ms ?? null;
      },
      metricValues(metric) {
        const values = metricsStore.get().metrics?.[metric];
        return values ? { ...values } : null;
      },
      drawnNodes() {
        const out: { id: string; size: number; color: string }[] = [];
        sigma.getGraph().forEachNode((id) => {
          const d = sigma.getNodeDisplayData(id);
          if (d && !d.hidden) out.push({ id, size: d.size, color: d.color });
        });
        return out;
      },
      loadGraph: loadGraphData,
    });
    return () => {
      sigma.off("beforeRender", onBeforeRender);
      sigma.off("afterRender", onRender);
    };
  }, [sigma]);

  return null;
}
