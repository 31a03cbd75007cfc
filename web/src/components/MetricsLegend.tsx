/** On the canvas, top right: what node size and colour mean under the current choice (the metric and its range, or the communities). */
import { mainGraph } from "../graph/graph-instance";
import { communityRows, formatMetric } from "../graph/metrics/legend";
import { DEFAULT_METRIC_STYLE_OPTIONS, valueRange } from "../graph/metrics/metric-style";
import type { NodeMetric, NodeMetrics } from "../graph/metrics/types";
import { useMetrics } from "../state/metrics/store";
import { useT, useView } from "../state/view/store";

const RAMP = `linear-gradient(to right, ${DEFAULT_METRIC_STYLE_OPTIONS.ramp.join(", ")})`;

function RangeText({ metrics, metric }: { metrics: NodeMetrics; metric: NodeMetric }) {
  const range = valueRange(metrics[metric]);
  return range ? (
    <span className="muted">
      {" "}
      ({formatMetric(range.min)}–{formatMetric(range.max)})
    </span>
  ) : null;
}

function nodeName(id: string, english: boolean): string {
  if (!mainGraph.hasNode(id)) return id;
  const a = mainGraph.getNodeAttributes(id);
  return english && a.nameEn ? a.nameEn : a.name;
}

function CommunityList({ metrics }: { metrics: NodeMetrics }) {
  const t = useT();
  const english = useView((s) => s.nameLang === "en");
  const { rows, others } = communityRows(metrics, 8);
  return (
    <ul className="toggle-list metric-communities" data-testid="community-legend">
      {rows.map((row) => (
        <li key={row.id}>
          <span className="dot" style={{ background: row.color }} />
          <span className="community-name">{nodeName(row.topNode, english)}</span>
          <span className="count">{row.count}</span>
        </li>
      ))}
      {others > 0 && (
        <li className="muted">
          +{others} {t("otherCommunities")}
        </li>
      )}
    </ul>
  );
}

export function MetricsLegend() {
  const t = useT();
  const sizeBy = useView((s) => s.sizeBy);
  const colorBy = useView((s) => s.colorBy);
  const metrics = useMetrics((s) => s.metrics);
  if (metrics === null || (sizeBy === "none" && colorBy === "label")) return null;
  return (
    <div className="metrics-legend" data-testid="metrics-legend">
      {sizeBy !== "none" && (
        <p data-testid="legend-size">
          {t("legendSize")} = {t(`metric_${sizeBy}`)}
          <RangeText metrics={metrics} metric={sizeBy} />
        </p>
      )}
      {colorBy === "community" && (
        <>
          <p data-testid="legend-color">
            {t("legendColor")} = {metrics.communityCount} {t("communities")}
          </p>
          <CommunityList metrics={metrics} />
        </>
      )}
      {colorBy !== "label" && colorBy !== "community" && (
        <div data-testid="legend-color">
          <p>
            {t("legendColor")} = {t(`metric_${colorBy}`)}
            <RangeText metrics={metrics} metric={colorBy} />
          </p>
          <div className="ramp" style={{ background: RAMP }} />
          <div className="ramp-ends muted">
            <span>{t("legendLow")}</span>
            <span>{t("legendHigh")}</span>
          </div>
        </div>
      )}
      {metrics.betweennessSources < metrics.nodeCount && (sizeBy === "betweenness" || colorBy === "betweenness") && (
        <p className="muted small">
          {t("betweennessSampled")} {metrics.betweennessSources}
        </p>
      )}
    </div>
  );
}
