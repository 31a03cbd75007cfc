/** The right-hand panel for the selected node: header, expand and focus, then drill-down or plain details. */
import { useEffect } from "react";
import { mainGraph } from "../../graph/graph-instance";
import { LABEL_COLORS } from "../../graph/styles";
import { loadDetails, useDetails } from "../../state/details/store";
import { expandNode, useGraphData } from "../../state/graph/store";
import { noticeExpandOutcome } from "../../state/graph/expand-notice";
import { showPathsFrom } from "../../state/paths/store";
import { updateView, useT, useView } from "../../state/view/store";
import { select, setFocus } from "../../state/view/transitions";
import { DrillDownPanel } from "./DrillDownPanel";
import { NodePanel } from "./NodePanel";

export function DetailsPanel({ id }: { id: string }) {
  const t = useT();
  const focus = useView((s) => s.focus);
  const nameLang = useView((s) => s.nameLang);
  const version = useGraphData((s) => s.version);
  const expanding = useGraphData((s) => s.expanding === id);
  const { status, error, drill, node, neighbours } = useDetails((s) => s);
  useEffect(() => {
    void loadDetails(id);
  }, [id]);

  const attrs = version >= 0 && mainGraph.hasNode(id) ? mainGraph.getNodeAttributes(id) : null;
  const name = node?.name ?? attrs?.name ?? id;
  const label = node?.label ?? attrs?.entity;
  const nameEn = node?.nameEn ?? attrs?.nameEn;
  const english = nameLang === "en";
  const aliases = (node?.aliases ?? attrs?.aliases ?? []).filter((a) => a !== name);
  const expand = () => void expandNode(id).then(noticeExpandOutcome);

  return (
    <aside className="details" aria-label={t("details")} data-testid="details-panel" data-node-id={id}>
      <header>
        <div>
          {label && (
            <span className="badge" style={{ background: LABEL_COLORS[label] }}>
              {t(`label_${label}`)}
            </span>
          )}
          {/* "EN names" puts the English name first where one is known; the Chinese name stays next to it. */}
          <h2 data-testid="details-title">{english && nameEn ? nameEn : name}</h2>
          {nameEn && <div className="muted">{english ? name : nameEn}</div>}
          {aliases.length > 0 && (
            <div className="muted small">
              {t("aliases")}: {aliases.join("、")}
            </div>
          )}
        </div>
        <button type="button" className="close" onClick={() => updateView((s) => select(s, null))} aria-label={t("close")}>
          ×
        </button>
      </header>
      <div className="details-actions">
        <button type="button" onClick={expand} disabled={expanding} data-testid="expand">
          {expanding ? t("loading") : t("expand")}
        </button>
        <button type="button" onClick={() => showPathsFrom({ id, name, ...(label ? { label } : {}) })} data-testid="path-from-here">
          {t("pathFromHere")}
        </button>
        <label className="switch">
          <input type="checkbox" checked={focus} onChange={(e) => updateView((s) => setFocus(s, e.target.checked))} data-testid="focus" />
          {t("focus")}
        </label>
      </div>
      <div className="details-body">
        {status === "loading" && <p className="muted">{t("loading")}</p>}
        {status === "error" && <p className="error-text">{error}</p>}
        {status === "idle" && drill && <DrillDownPanel drill={drill} />}
        {status === "idle" && !drill && node && <NodePanel node={node} neighbours={neighbours} />}
      </div>
    </aside>
  );
}
