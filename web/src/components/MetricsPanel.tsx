/** The sidebar's size and colour choice (metrics and communities of the loaded graph) and its status; the legend is on the canvas. */
import { COLOR_CHOICES, SIZE_CHOICES, isColorBy, isSizeBy, type ColorBy, type SizeBy } from "../graph/metrics/types";
import type { StringKey } from "../i18n";
import { useGraphData } from "../state/graph/store";
import { useMetrics } from "../state/metrics/store";
import { updateView, useT, useView } from "../state/view/store";
import { setColorBy, setSizeBy } from "../state/view/transitions";

function sizeText(choice: SizeBy): StringKey {
  return choice === "none" ? "size_none" : `metric_${choice}`;
}

function colorText(choice: ColorBy): StringKey {
  return choice === "label" || choice === "community" ? `color_${choice}` : `metric_${choice}`;
}

function onSize(value: string): void {
  if (isSizeBy(value)) updateView((s) => setSizeBy(s, value));
}

function onColor(value: string): void {
  if (isColorBy(value)) updateView((s) => setColorBy(s, value));
}

function MetricsStatus() {
  const t = useT();
  const status = useMetrics((s) => s.status);
  const error = useMetrics((s) => s.error);
  const metrics = useMetrics((s) => s.metrics);
  if (status === "loading") return <p className="hint" role="status">{t("metricsComputing")}</p>;
  if (status === "error") return <p className="hint error-text" role="alert">{`${t("metricsFailed")}: ${error ?? ""}`}</p>;
  if (metrics === null) return null;
  return (
    <p className="hint">
      {metrics.nodeCount} {t("nodes")} · {metrics.ms} {t("metricsComputedIn")}
    </p>
  );
}

export function MetricsPanel() {
  const t = useT();
  const sizeBy = useView((s) => s.sizeBy);
  const colorBy = useView((s) => s.colorBy);
  const graphVersion = useGraphData((s) => s.version);
  const status = useMetrics((s) => s.status);
  const ready = useMetrics((s) => s.status === "idle" && s.metrics !== null && s.version === graphVersion);
  const active = sizeBy !== "none" || colorBy !== "label";
  return (
    <section className="metrics-panel" aria-label={t("metricsHeading")} data-testid="metrics-panel" data-status={status} data-ready={ready}>
      <h2>{t("metricsHeading")}</h2>
      <label className="metric-choice">
        <span>{t("sizeBy")}</span>
        <select value={sizeBy} data-testid="size-by" onChange={(e) => onSize(e.target.value)}>
          {SIZE_CHOICES.map((c) => (
            <option key={c} value={c}>
              {t(sizeText(c))}
            </option>
          ))}
        </select>
      </label>
      <label className="metric-choice">
        <span>{t("colorBy")}</span>
        <select value={colorBy} data-testid="color-by" onChange={(e) => onColor(e.target.value)}>
          {COLOR_CHOICES.map((c) => (
            <option key={c} value={c}>
              {t(colorText(c))}
            </option>
          ))}
        </select>
      </label>
      {active && <MetricsStatus />}
      {active && <p className="hint">{t("metricsHint")}</p>}
    </section>
  );
}
