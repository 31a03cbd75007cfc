/**
 * The bare sigma page of `npm run bench:web`: the app's graph drawn by sigma alone — no React, no stores, no
 * controllers — so the bench can tell the renderer's cost from the app's. It reuses the app's pure modules so that
 * the picture is the same: the attributes and start positions of `replaceGraph`, the sigma settings and programs
 * of `sigma-settings.ts`, and the edges the app shows (none until its layout is done, then the edge budget's).
 */
import Sigma from "sigma";
import type { RelationshipType } from "../../cypher/model";
import type { ApiGraph } from "../../web/shared/api-types";
import { DEFAULT_EDGE_BUDGET_OPTIONS, typesOverBudget } from "../../web/src/graph/edge-budget";
import { createCanvasGraph, type CanvasEdgeAttributes, type CanvasNodeAttributes } from "../../web/src/graph/graph-instance";
import { replaceGraph } from "../../web/src/graph/import-graph";
import { hiddenDisplay, nodeProgramFor } from "../../web/src/graph/large-graph";
import { SIGMA_SETTINGS, largeGraphSettings } from "../../web/src/graph/sigma-settings";
import "./hooks";

async function main(): Promise<void> {
  const response = await fetch("/api/graph");
  if (!response.ok) throw new Error(`bare page: GET /api/graph answered ${response.status}`);
  const graph = createCanvasGraph();
  replaceGraph(graph, (await response.json()) as ApiGraph);
  // null: no edge is drawn, as in the app's frames before its layout is done.
  let shown: ReadonlySet<RelationshipType> | null = null;
  const container = document.getElementById("bare-canvas");
  if (!container) throw new Error("bare page: no #bare-canvas");
  const sigma = new Sigma<CanvasNodeAttributes, CanvasEdgeAttributes>(graph, container, {
    ...SIGMA_SETTINGS,
    ...largeGraphSettings(graph),
    // The app's node reducer picks the program by graph size; a default type does the same without a reducer.
    defaultNodeType: nodeProgramFor(graph.order) ?? "circle",
    edgeReducer: (_edge, data) => (shown?.has(data.relType) ? data : hiddenDisplay(data)),
  });
  window.__bare = {
    nodeCount: graph.order,
    settle(x, y) {
      let i = 0;
      graph.updateEachNodeAttributes((_node, a) => {
        const next = { ...a, x: x[i] ?? a.x, y: y[i] ?? a.y };
        i++;
        return next;
      });
      const byType: Partial<Record<RelationshipType, number>> = {};
      graph.forEachEdge((_edge, a) => {
        byType[a.relType] = (byType[a.relType] ?? 0) + 1;
      });
      const over = new Set(typesOverBudget(byType, DEFAULT_EDGE_BUDGET_OPTIONS.maxEdges));
      shown = new Set((Object.keys(byType) as RelationshipType[]).filter((type) => !over.has(type)));
      sigma.refresh();
      return new Promise((ok) => requestAnimationFrame(() => ok()));
    },
  };
}

main().catch((error: unknown) => {
  document.body.dataset.error = error instanceof Error ? error.message : String(error);
  throw error;
});
