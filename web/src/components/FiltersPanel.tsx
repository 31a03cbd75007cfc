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

interface ToggleItem {
  key: string;
  text: string;
  shown: boolean;
  swatch: { className: "dot" | "line"; color: string };
  count: number;
  onToggle: () => void;
  toggleTestId: string;
  countTestId?: string;
}

/** One legend list: a checkbox, the colour swatch, the name and a count per item. */
function ToggleList({ items }: { items: readonly ToggleItem[] }) {
  return (
    <ul className="toggle-list">
      {items.map((it) => (
        <li key={it.key}>
          <label>
            <input type="checkbox" checked={it.shown} onChange={it.onToggle} data-testid={it.toggleTestId} />
            <span className={it.swatch.className} style={{ background: it.swatch.color }} />
            <span>{it.text}</span>
            <span className="count" data-testid={it.countTestId}>
              {it.count}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}

export function FiltersPanel() {
  const t = useT();
  const hiddenLabels = useView((s) => s.hiddenLabels);
  const hiddenTypes = useView((s) => s.hiddenTypes);
  const version = useGraphData((s) => s.version);
  const labelCounts = useMemo(() => countLabels(version), [version]);
  const { visibleEdgesByType } = useVisibility();

  const labelItems = NODE_LABELS.map(
    (label): ToggleItem => ({
      key: label,
      text: t(`label_${label}`),
      shown: !hiddenLabels.includes(label),
      swatch: { className: "dot", color: LABEL_COLORS[label] },
      count: labelCounts[label],
      onToggle: () => updateView((s) => toggleLabel(s, label)),
      toggleTestId: `label-toggle-${label}`,
    }),
  );
  const typeItems = RELATIONSHIP_TYPES.map(
    (type): ToggleItem => ({
      key: type,
      text: t(`type_${type}`),
      shown: !hiddenTypes.includes(type),
      swatch: { className: "line", color: TYPE_COLORS[type] },
      count: visibleEdgesByType[type] ?? 0,
      onToggle: () => updateView((s) => toggleType(s, type)),
      toggleTestId: `type-toggle-${type}`,
      countTestId: `type-count-${type}`,
    }),
  );

  return (
    <section className="filters" aria-label={t("filters")} data-testid="filters">
      <h2>{t("labelsHeading")}</h2>
      <ToggleList items={labelItems} />
      <h2>{t("typesHeading")}</h2>
      <ToggleList items={typeItems} />
      <p className="hint">{t("hoverHint")}</p>
    </section>
  );
}
