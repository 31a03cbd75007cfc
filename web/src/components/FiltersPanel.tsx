/**
 * The legend doubles as the filter: one toggle per label (node colour), per relationship type (edge colour) and per
 * genre of the loaded documents.
 */
import { useMemo } from "react";
import { NODE_LABELS, RELATIONSHIP_TYPES, type DocumentKind, type NodeLabel } from "../../../cypher/model";
import { countDocumentKinds, kindRows } from "../graph/document-kinds";
import { mainGraph } from "../graph/graph-instance";
import { LABEL_COLORS, TYPE_COLORS } from "../graph/styles";
import { documentKindName } from "../i18n-model";
import { useGraphData } from "../state/graph/store";
import { updateView, useT, useView } from "../state/view/store";
import { toggleKind, toggleLabel, toggleType } from "../state/view/transitions";
import { useVisibility } from "../state/view/visibility";

function countLabels(version: number): Record<NodeLabel, number> {
  const counts = Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>;
  if (version >= 0) mainGraph.forEachNode((_n, a) => (counts[a.entity] += 1));
  return counts;
}

/** The loaded documents by genre; like countLabels, `version` keys the memo (the one graph changes in place). */
function countKinds(version: number): ReadonlyMap<DocumentKind, number> {
  return version >= 0 ? countDocumentKinds(mainGraph) : new Map();
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
  const hiddenKinds = useView((s) => s.hiddenKinds);
  const lang = useView((s) => s.uiLang);
  const version = useGraphData((s) => s.version);
  const labelCounts = useMemo(() => countLabels(version), [version]);
  const kindCounts = useMemo(() => countKinds(version), [version]);
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
  const kindItems = kindRows(kindCounts, hiddenKinds).map(
    ({ kind, count }): ToggleItem => ({
      key: kind,
      text: documentKindName(lang, kind),
      shown: !hiddenKinds.includes(kind),
      swatch: { className: "dot", color: LABEL_COLORS.Document },
      count,
      onToggle: () => updateView((s) => toggleKind(s, kind)),
      toggleTestId: `kind-toggle-${kind}`,
      countTestId: `kind-count-${kind}`,
    }),
  );

  return (
    <section className="filters" aria-label={t("filters")} data-testid="filters">
      <h2>{t("labelsHeading")}</h2>
      <ToggleList items={labelItems} />
      <h2>{t("typesHeading")}</h2>
      <ToggleList items={typeItems} />
      {kindItems.length > 0 && (
        <>
          <h2>{t("kindsHeading")}</h2>
          <ToggleList items={kindItems} />
        </>
      )}
      <p className="hint">{t("hoverHint")}</p>
    </section>
  );
}
