/** The status line under the canvas: counts, drawn OWNS edges, layout state (also read by tests as data attributes). */
import { useGraphData } from "../state/graph/store";
import { useT, useView } from "../state/view/store";
import { useVisibility } from "../state/view/visibility";

export function StatusBar() {
  const t = useT();
  const v = useVisibility();
  const layout = useGraphData((s) => s.layout);
  const expanding = useGraphData((s) => s.expanding);
  const selectedId = useView((s) => s.selectedId);
  const owns = v.visibleEdgesByType.OWNS ?? 0;
  return (
    <div
      className="status-bar"
      data-testid="graph-stats"
      data-visible-nodes={v.visibleNodeCount}
      data-visible-edges={v.visibleEdgeCount}
      data-visible-owns={owns}
      data-selected={selectedId ?? ""}
      data-layout={layout}
      role="status"
    >
      <span>
        {v.visibleNodeCount} {t("nodes")} · {v.visibleEdgeCount} {t("edges")} · {owns} {t("shownOwns")}
      </span>
      <span className="muted">
        {expanding ? t("loading") : layout === "running" ? t("layoutRunning") : layout === "done" ? t("layoutDone") : ""}
      </span>
    </div>
  );
}
