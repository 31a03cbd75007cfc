/** Publishes window.__miit (see test-hooks.ts) and counts renders for time-to-first-draw. */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { installPageHooks } from "../../test-hooks";
import { consoleStore } from "../../state/console/store";
import { dataVersionStore } from "../../state/data-version/store";
import { graphDataStore, loadGraphData } from "../../state/graph/store";
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
      nodeDisplayColor(id: string) {
        return sigma.getNodeDisplayData(id)?.color ?? null;
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
      get checkedDataVersion() {
        return dataVersionStore.get().checked;
      },
      nodeViewportPosition(id) {
        if (!sigma.getGraph().hasNode(id) || currentVisibility().hiddenNodes.has(id)) return null;
        const d = sigma.getNodeDisplayData(id);
        return d ? sigma.framedGraphToViewport(d) : null;
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
