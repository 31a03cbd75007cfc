/** A body's lineage as a small timeline (predecessors → the body → successors) and the "include predecessors" switch. */
import type { DrillDownResponse, LineageItem } from "../../../shared/api-types";
import { setIncludePredecessors, useDetails } from "../../state/details/store";
import { useT } from "../../state/view/store";
import { NodeLink } from "./NodeLink";

function Step({ item, role }: { item: LineageItem; role: "predecessor" | "successor" }) {
  const t = useT();
  return (
    <li className={`lineage-step ${role}`} data-testid="lineage-item" data-role={role} data-node-id={item.id} data-year={item.year} data-kind={item.kind}>
      <NodeLink id={item.id} name={item.name} />
      <span className="muted small">
        {" "}
        {role === "predecessor" ? t("lineageUntil") : t("lineageFrom")} {item.year} · {t(`succession_${item.kind}`)}
      </span>
    </li>
  );
}

export function LineagePanel({ drill }: { drill: DrillDownResponse }) {
  const t = useT();
  const include = useDetails((s) => s.includePredecessors);
  const { predecessors, successors } = drill.lineage;
  if (predecessors.length === 0 && successors.length === 0) return null;
  // Farthest predecessor first, so the list reads as time runs.
  const before = [...predecessors].reverse();
  return (
    <section className="lineage" data-testid="lineage">
      <h3>{t("lineage")}</h3>
      <ol className="lineage-timeline">
        {before.map((p) => (
          <Step key={p.id} item={p} role="predecessor" />
        ))}
        <li className="lineage-step current" data-testid="lineage-current">
          <strong>{drill.node.name}</strong>
        </li>
        {successors.map((s) => (
          <Step key={s.id} item={s} role="successor" />
        ))}
      </ol>
      {predecessors.length > 0 && (
        <label className="switch">
          <input type="checkbox" checked={include} onChange={(e) => void setIncludePredecessors(e.target.checked)} data-testid="include-predecessors" />
          {t("includePredecessors")}
        </label>
      )}
    </section>
  );
}
