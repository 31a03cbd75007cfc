/** The paths panel (in place of the details panel): two ends, the step limit, and the paths found with their evidence. */
import { HOP_LIMITS, isHopLimit } from "../../../../cypher/hop-limit";
import { hidePaths, setPathMax, swapPathEnds, usePaths } from "../../state/paths/store";
import { useT } from "../../state/view/store";
import { PathEndPicker } from "./PathEndPicker";
import { PathList } from "./PathList";

function PathsBody() {
  const t = useT();
  const { status, error, result, from, to } = usePaths((s) => s);
  if (from === null || to === null) return <p className="muted">{t("pathChooseEnds")}</p>;
  if (status === "loading") return <p className="muted">{t("pathFinding")}</p>;
  if (status === "error") return <p className="error-text" data-testid="path-error">{error}</p>;
  if (result === null) return null;
  if (result.paths.length === 0) {
    return (
      <p className="muted" data-testid="path-none">
        {result.max} {t("pathNoneWithin")}
      </p>
    );
  }
  const hops = result.paths[0]?.steps.length ?? 0;
  return (
    <>
      <p className="muted small" data-testid="path-summary">
        {result.paths.length} {t("pathFound")} · {hops} {t("pathSteps")}
        {result.truncated ? ` · ${t("pathTruncated")}` : ""}
      </p>
      <PathList result={result} />
    </>
  );
}

function onMax(value: string): void {
  const n = Number(value);
  if (isHopLimit(n)) setPathMax(n);
}

export function PathsPanel() {
  const t = useT();
  const max = usePaths((s) => s.max);
  const status = usePaths((s) => s.status);
  return (
    <aside className="details paths-panel" aria-label={t("paths")} data-testid="paths-panel">
      <header>
        <div>
          <h2>{t("paths")}</h2>
          <div className="muted small">{t("pathsHint")}</div>
        </div>
        <button type="button" className="close" onClick={hidePaths} aria-label={t("close")} data-testid="paths-close">
          ×
        </button>
      </header>
      <div className="path-ends">
        <PathEndPicker which="from" />
        <PathEndPicker which="to" />
        <div className="path-options">
          <button type="button" onClick={swapPathEnds} title={t("pathSwap")} data-testid="path-swap">
            ⇅ {t("pathSwap")}
          </button>
          <label>
            {t("pathMax")}{" "}
            <select value={max} onChange={(e) => onMax(e.target.value)} data-testid="path-max">
              {HOP_LIMITS.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <div className="details-body" data-testid="paths-body" data-status={status}>
        <PathsBody />
      </div>
    </aside>
  );
}
