/** The found paths: each as its chain of nodes, then one line per step with the facts' type, years and evidence. */
import { Fragment } from "react";
import type { PathNode, PathsResponse, PathStep } from "../../../shared/api-types";
import { choosePath, usePaths } from "../../state/paths/store";
import { useT, useView } from "../../state/view/store";
import { EvidenceList } from "../panels/EvidenceList";
import { NodeLink } from "../panels/NodeLink";

type Path = PathsResponse["paths"][number];

function useDisplayName(): (node: PathNode | undefined, fallback: string) => string {
  const english = useView((s) => s.nameLang === "en");
  return (node, fallback) => (node === undefined ? fallback : english && node.nameEn ? node.nameEn : node.name);
}

function StepItem({ step, nodes }: { step: PathStep; nodes: ReadonlyMap<string, PathNode> }) {
  const t = useT();
  const name = useDisplayName();
  const from = nodes.get(step.from);
  const to = nodes.get(step.to);
  // A fact is said in its own direction: a backward step's fact points from the later node to the earlier one.
  const [subject, object] = step.direction === "forward" ? [step.from, step.to] : [step.to, step.from];
  const detail = [...(step.titles ?? []), step.years.join("、")].filter((s) => s.length > 0).join(" · ");
  return (
    <li className="path-step" data-testid="path-step" data-type={step.type} data-from={step.from} data-to={step.to}>
      <div className="path-step-head">
        <strong>{name(nodes.get(subject), subject)}</strong>
        <span className="path-rel">
          {" —"}
          {t(`type_${step.type}`)}
          {detail ? ` (${detail})` : ""}
          {"→ "}
        </span>
        <strong>{name(nodes.get(object), object)}</strong>
      </div>
      {step.evidence.length > 0 ? (
        <EvidenceList items={step.evidence} terms={[from?.name ?? "", to?.name ?? ""]} />
      ) : (
        <p className="muted small">{t("pathNoEvidence")}</p>
      )}
    </li>
  );
}

function PathItem({ path, index, active }: { path: Path; index: number; active: boolean }) {
  const t = useT();
  const nodes = new Map(path.nodes.map((n) => [n.id, n]));
  return (
    <li className={active ? "path-item active" : "path-item"} data-testid="path-item" data-path-index={index}>
      <div className="path-chain" data-testid="path-chain">
        {path.nodes.map((n, i) => (
          <Fragment key={n.id}>
            {i > 0 && <span className="muted"> → </span>}
            <NodeLink id={n.id} name={n.name} />
          </Fragment>
        ))}
      </div>
      <button type="button" className="link small" onClick={() => choosePath(index)} aria-pressed={active} data-testid="path-show-alone">
        {active ? t("pathShowAll") : t("pathShowAlone")}
      </button>
      <ol className="path-steps">
        {path.steps.map((step, i) => (
          <StepItem key={`${step.from}-${step.to}-${i}`} step={step} nodes={nodes} />
        ))}
      </ol>
    </li>
  );
}

export function PathList({ result }: { result: PathsResponse }) {
  const active = usePaths((s) => s.active);
  return (
    <ol className="path-list" data-testid="path-list">
      {result.paths.map((path, i) => (
        <PathItem key={path.nodes.map((n) => n.id).join("|") + String(i)} path={path} index={i} active={active === i} />
      ))}
    </ol>
  );
}
