/** Says how much of a graph above the overview's budget was left out, and brings more in ("show more" doubles the budget). */
import { loadOverview, useGraphData } from "../state/graph/store";
import { useT } from "../state/view/store";

export function LeftOutNotice() {
  const t = useT();
  const overview = useGraphData((s) => s.overview);
  const loading = useGraphData((s) => s.status === "loading");
  if (overview === null || overview.leftOutNodes === 0) return null;
  const shown = overview.totalNodes - overview.leftOutNodes;
  return (
    <div className="left-out-notice" role="status" data-testid="left-out-notice" data-left-out={overview.leftOutNodes} data-total={overview.totalNodes}>
      {t("leftOutLead")} {shown.toLocaleString()} / {overview.totalNodes.toLocaleString()} {t("leftOutNodes")} ({t("leftOutHint")}){" "}
      <button type="button" onClick={() => void loadOverview(overview.nodeBudget * 2)} disabled={loading} data-testid="show-more">
        {t("showMore")}
      </button>
    </div>
  );
}
