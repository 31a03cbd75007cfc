/** While a node is selected (and everything else greyed), a visible way back: the name and "clear selection (Esc)". */
import { mainGraph } from "../graph/graph-instance";
import { useGraphData } from "../state/graph/store";
import { updateView, useT, useView } from "../state/view/store";
import { select } from "../state/view/transitions";

export function SelectionBar() {
  const t = useT();
  const selected = useView((s) => s.selectedId);
  const english = useView((s) => s.nameLang === "en");
  const version = useGraphData((s) => s.version);
  if (selected === null) return null;
  const attrs = version >= 0 && mainGraph.hasNode(selected) ? mainGraph.getNodeAttributes(selected) : null;
  const name = (english && attrs?.nameEn) || attrs?.name || selected;
  return (
    <div className="selection-bar" role="status" data-testid="selection-bar">
      <span className="selection-name">{name}</span>
      <button type="button" onClick={() => updateView((s) => select(s, null))} data-testid="clear-selection">
        ✕ {t("clearSelection")}
      </button>
    </div>
  );
}
