/** The legend doubles as the filter: one toggle per label (node colour) and per relationship type (edge colour). */
import { useMemo } from "react";
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel } from "../../../cypher/model";
import { mainGraph } from "../graph/graph-instance";
import { LABEL_COLORS, TYPE_COLORS } from "../graph/styles";
import { useGraphData } from "../state/graph/store";
import { updateView, useT, useView } from "../state/view/store";
import { toggleLabel, toggleType } from "../state/view/transitions";
import { useVisibility } from "../state/view/visibility";

function countLabels(version: number): Record<NodeLabel, number> {
  const counts = Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>;
  if (version >= 0) mainGraph.forEachNode((_n, a) => (counts[a.entity] += 1));
  return counts;
}

export function FiltersPanel() {
  const t = useT();
  const hiddenLabels = useView((s) => s.hiddenLabels);
  const hiddenTypes = useView((s) => s.hiddenTypes);
  const version = useGraphData((s) => s.version);
  const labelCounts = useMemo(() => countLabels(version), [version]);
  const { visibleEdgesByType } = useVisibility();

  return (
    <section className="filters" aria-label={t("filters")} data-testid="filters">
      <h2>{t("labelsHeading")}</h2>
      <ul className="toggle-list">
        {NODE_LABELS.map((label) => (
          <li key={label}>
            <label>
              <input
                type="checkbox"
                checked={!hiddenLabels.includes(label)}
                onChange={() => updateView((s) => toggleLabel(s, label))}
                data-testid={`label-toggle-${label}`}
              />
              <span className="dot" style={{ background: LABEL_COLORS[label] }} />
              <span>{t(`label_${label}`)}</span>
              <span className="count">{labelCounts[label]}</span>
            </label>
          </li>
        ))}
      </ul>
      <h2>{t("typesHeading")}</h2>
      <ul className="toggle-list">
        {RELATIONSHIP_TYPES.map((type) => (
          <li key={type}>
            <label>
              <input
                type="checkbox"
                checked={!hiddenTypes.includes(type)}
                onChange={() => updateView((s) => toggleType(s, type))}
                data-testid={`type-toggle-${type}`}
              />
              <span className="line" style={{ background: TYPE_COLORS[type] }} />
              <span>{t(`type_${type}`)}</span>
              <span className="count" data-testid={`type-count-${type}`}>
                {visibleEdgesByType[type] ?? 0}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p className="hint">{t("hoverHint")}</p>
    </section>
  );
}
