/** Feeds the main canvas's reducers (graph/canvas-reducers.ts) with hover, selection, filters, language, metric style, a diff and a found path. */
import { useSigma } from "@react-sigma/core";
import { useEffect, useMemo } from "react";
import { useCompare } from "../../state/compare/store";
import { diffMarks } from "../../state/compare/transitions";
import type { DiffMark } from "../../state/compare/types";
import type { CanvasReducers } from "../../graph/canvas-reducers";
import type { CanvasEdgeAttributes, CanvasNodeAttributes } from "../../graph/graph-instance";
import { LARGE_GRAPH_EDGES } from "../../graph/large-graph";
import { useGraphData } from "../../state/graph/store";
import { useHovered } from "../../state/hover/store";
import { useMetricStyle } from "../../state/metrics/store";
import { usePathHighlight } from "../../state/paths/store";
import { useView } from "../../state/view/store";
import { useOverBudget, useZoomedIn } from "../../state/view/edge-budget";
import { useVisibility } from "../../state/view/visibility";

export function ReducersController({ reducers }: { reducers: CanvasReducers }): null {
  const sigma = useSigma<CanvasNodeAttributes, CanvasEdgeAttributes>();
  const visibility = useVisibility();
  const selected = useView((s) => s.selectedId);
  const english = useView((s) => s.nameLang === "en");
  // On large graphs hovering restyles nothing: each restyle reprocesses every item (seconds without a GPU).
  const hoveredAny = useHovered();
  const large = useGraphData((s) => s.version >= 0 && sigma.getGraph().size > LARGE_GRAPH_EDGES);
  const hovered = large ? null : hoveredAny;
  const layoutSettled = useGraphData((s) => s.layout === "done");
  const overBudget = useOverBudget();
  const zoomedIn = useZoomedIn();
  const compare = useCompare((s) => s);
  const marks = useMemo(() => (compare.nodeId !== null && compare.nodeId === selected ? diffMarks(compare) : new Map<string, DiffMark>()), [compare, selected]);
  const metricStyle = useMetricStyle();
  const path = usePathHighlight();

  useEffect(() => {
    const graph = sigma.getGraph();
    const centre = hovered ?? selected;
    const valid = centre !== null && graph.hasNode(centre) ? centre : null;
    reducers.setInputs({
      hiddenNodes: visibility.hiddenNodes,
      hiddenEdges: visibility.hiddenEdges,
      rejectedEdges: visibility.rejectedEdges,
      centre: valid,
      emphasised: valid ? new Set([valid, ...graph.neighbors(valid)]) : null,
      selected,
      english,
      hideAllEdges: !layoutSettled && graph.size > LARGE_GRAPH_EDGES,
      overBudget: new Set(zoomedIn ? [] : overBudget),
      diffMarks: marks,
      metricStyle,
      path,
    });
    sigma.refresh({ skipIndexation: true });
  }, [sigma, reducers, visibility, selected, hovered, english, layoutSettled, overBudget, zoomedIn, marks, metricStyle, path]);

  // A later sigma (or none) must not read inputs computed for this one.
  useEffect(() => () => reducers.setInputs(null), [reducers]);

  return null;
}
