/** The console's graph view: the nodes and relationships in the rows, styled like the main canvas, selectable into it. */
import { SigmaContainer, useRegisterEvents, useSigma } from "@react-sigma/core";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { useEffect } from "react";
import type { ApiGraph } from "../../../shared/api-types";
import { createCanvasGraph, mainGraph, type CanvasEdgeAttributes, type CanvasNodeAttributes } from "../../graph/graph-instance";
import { mergeGraph, replaceGraph } from "../../graph/import-graph";
import { SIGMA_SETTINGS } from "../../graph/sigma-settings";
import { ResizeController } from "../controllers/ResizeController";
import { requestCameraTo } from "../../state/camera/store";
import { graphDataStore } from "../../state/graph/store";
import { expanded } from "../../state/graph/transitions";
import { updateView } from "../../state/view/store";
import { select } from "../../state/view/transitions";

/** The console's own graph, one instance for the console's life (the main graph is never used for results). */
const resultGraph = createCanvasGraph();

/** Adds the result to the main canvas and selects a node there. */
export function addResultToMain(graph: ApiGraph, selectId?: string): void {
  const added = mergeGraph(mainGraph, graph, selectId);
  graphDataStore.update((s) => expanded(s, added.length));
  if (selectId) {
    updateView((s) => select(s, selectId));
    requestCameraTo(selectId);
  }
}

function ResultController({ graph }: { graph: ApiGraph }) {
  const sigma = useSigma<CanvasNodeAttributes, CanvasEdgeAttributes>();
  const registerEvents = useRegisterEvents();
  useEffect(() => {
    replaceGraph(resultGraph, graph);
    if (resultGraph.order > 1) forceAtlas2.assign(resultGraph, { iterations: 150, settings: forceAtlas2.inferSettings(resultGraph) });
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    sigma.refresh();
  }, [sigma, graph]);
  useEffect(() => {
    registerEvents({ clickNode: ({ node }) => addResultToMain(graph, node) });
  }, [registerEvents, graph]);
  return null;
}

export function ResultGraph({ graph }: { graph: ApiGraph }) {
  return (
    <div className="result-graph" data-testid="result-graph" data-node-count={graph.nodes.length}>
      <SigmaContainer<CanvasNodeAttributes, CanvasEdgeAttributes, Record<string, unknown>> graph={resultGraph} settings={SIGMA_SETTINGS}>
        <ResultController graph={graph} />
        <ResizeController />
      </SigmaContainer>
    </div>
  );
}
