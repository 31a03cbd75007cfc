/** Says so when a big graph leaves some relationship types undrawn (the edge budget), and how to see them. */
import { useT } from "../state/view/store";
import { useOverBudget, useZoomedIn } from "../state/view/edge-budget";

export function EdgesNotice() {
  const t = useT();
  const overBudget = useOverBudget();
  const zoomedIn = useZoomedIn();
  if (overBudget.length === 0 || zoomedIn) return null;
  return (
    <div className="edges-notice" role="status" data-testid="edges-notice" data-types={overBudget.join(",")}>
      {t("edgesHiddenLarge")} ({overBudget.map((type) => t(`type_${type}`)).join("、")})
    </div>
  );
}
