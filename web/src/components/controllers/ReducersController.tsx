/** Hover, selection, search and filter styling through sigma's reducers; graph attributes stay untouched. */
import { useSigma } from "@react-sigma/core";
import { useEffect, useRef } from "react";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { CanvasEdgeAttributes, CanvasNodeAttributes } from "../../graph/graph-instance";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR } from "../../graph/styles";
import { LARGE_GRAPH_EDGES, hiddenDisplay, nodeProgramFor } from "../../graph/large-graph";
import { useGraphData } from "../../state/graph/store";
import { useHovered } from "../../state/hover/store";
import { useView } from "../../state/view/store";
import { useOverBudget, useZoomedIn } from "../../state/view/edge-budget";
import { useVisibility } from "../../state/view/visibility";

interface StyleInputs {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  /** The node whose neighbourhood is emphasised (hovered, else selected), and that neighbourhood. */
  centre: string | null;
  emphasised: ReadonlySet<string> | null;
  selected: string | null;
  english: boolean;
  /** Large graphs draw no edges while the layout moves them: long edges cost far more than they tell. */
  hideAllEdges: boolean;
  /** Relationship types over the edge budget (graph/edge-budget.ts): drawn only where they touch the centre. */
  overBudget: ReadonlySet<string>;
}

export function ReducersController(): null {
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
  const inputs = useRef<StyleInputs | null>(null);

  useEffect(() => {
    const graph = sigma.getGraph();
    sigma.setSetting("nodeReducer", (node: string, data: CanvasNodeAttributes): Partial<NodeDisplayData> => {
      const s = inputs.current;
      if (!s) return data;
      if (s.hiddenNodes.has(node)) return hiddenDisplay(data);
      const out: Partial<NodeDisplayData> = { ...data, type: nodeProgramFor(graph.order) };
      if (s.english && data.nameEn) out.label = data.nameEn;
      if (s.emphasised && !s.emphasised.has(node)) {
        out.color = DIMMED_NODE_COLOR;
        out.label = "";
        out.zIndex = 0;
      } else if (s.emphasised) {
        out.zIndex = 1;
        out.forceLabel = true;
      }
      if (node === s.selected || node === s.centre) {
        out.highlighted = true;
        out.zIndex = 2;
      }
      return out;
    });
    sigma.setSetting("edgeReducer", (edge: string, data: CanvasEdgeAttributes): Partial<EdgeDisplayData> => {
      const s = inputs.current;
      if (!s) return data;
      if (s.hideAllEdges || s.hiddenEdges.has(edge)) return hiddenDisplay(data);
      const touches = s.centre !== null && (graph.source(edge) === s.centre || graph.target(edge) === s.centre);
      if (!touches && s.overBudget.has(data.relType)) return hiddenDisplay(data);
      if (s.centre === null) return data;
      return touches ? { ...data, size: data.size * 1.3, zIndex: 1 } : { ...data, color: DIMMED_EDGE_COLOR, zIndex: 0 };
    });
    return () => {
      sigma.setSetting("nodeReducer", null);
      sigma.setSetting("edgeReducer", null);
    };
  }, [sigma]);

  useEffect(() => {
    const graph = sigma.getGraph();
    const centre = hovered ?? selected;
    const valid = centre !== null && graph.hasNode(centre) ? centre : null;
    inputs.current = {
      hiddenNodes: visibility.hiddenNodes,
      hiddenEdges: visibility.hiddenEdges,
      centre: valid,
      emphasised: valid ? new Set([valid, ...graph.neighbors(valid)]) : null,
      selected,
      english,
      hideAllEdges: !layoutSettled && graph.size > LARGE_GRAPH_EDGES,
      overBudget: new Set(zoomedIn ? [] : overBudget),
    };
    sigma.refresh({ skipIndexation: true });
  }, [sigma, visibility, selected, hovered, english, layoutSettled, overBudget, zoomedIn]);

  return null;
}
