/** "Compare years": a node's programs (a program's owners) in two years — added, removed, kept — with their sentences. */
import { useEffect } from "react";
import type { DrillDownResponse, PortfolioDiffItem } from "../../../shared/api-types";
import { compareYears, endCompare, useCompare } from "../../state/compare/store";
import { defaultYears } from "../../state/compare/transitions";
import type { DiffMark } from "../../state/compare/types";
import { useT } from "../../state/view/store";
import { HighlightedText } from "./EvidenceList";
import { NodeLink } from "./NodeLink";

function DiffList({ mark, items, terms }: { mark: DiffMark; items: readonly PortfolioDiffItem[]; terms: readonly string[] }) {
  const t = useT();
  return (
    <section className={`diff-group diff-${mark}`} data-testid={`diff-${mark}`}>
      <h4>
        {t(`diff_${mark}`)} ({items.length})
      </h4>
      <ul>
        {items.map((item) => (
          <li key={item.id} data-testid="diff-item" data-node-id={item.id} data-node-name={item.name}>
            <NodeLink id={item.id} name={item.name} />
            <ul className="evidence-list">
              {item.evidence.map((e, i) => (
                <li key={`${e.docId}-${e.year}-${i}`} data-testid="diff-evidence" data-year={e.year}>
                  <span className="muted small">{e.year}</span>{" "}
                  <HighlightedText text={e.sentence} terms={[...terms, item.name]} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function YearSelect({ value, years, onChange, testId }: { value: number; years: readonly number[]; onChange: (y: number) => void; testId: string }) {
  return (
    <select value={value} onChange={(e) => onChange(Number(e.target.value))} data-testid={testId}>
      {years.map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </select>
  );
}

export function CompareYears({ drill }: { drill: DrillDownResponse }) {
  const t = useT();
  const state = useCompare((s) => s);
  const id = drill.node.id;
  const active = state.nodeId === id;
  // Leaving the node (or the panel) ends the comparison: the canvas colours belong to it.
  useEffect(() => () => endCompare(), [id]);
  const start = defaultYears(drill.years);
  if (start === null) return null;
  const from = active && state.from !== null ? state.from : start.from;
  const to = active && state.to !== null ? state.to : start.to;
  const terms = [drill.node.name, ...drill.node.aliases];
  return (
    <section className="compare" data-testid="compare">
      <label className="switch">
        <input type="checkbox" checked={active} onChange={(e) => (e.target.checked ? void compareYears(id, from, to) : endCompare())} data-testid="compare-years" />
        {t("compareYears")}
      </label>
      {active && (
        <>
          <div className="compare-years">
            <YearSelect value={from} years={drill.years} onChange={(y) => void compareYears(id, y, to)} testId="compare-from" />
            <span> → </span>
            <YearSelect value={to} years={drill.years} onChange={(y) => void compareYears(id, from, y)} testId="compare-to" />
          </div>
          {state.status === "loading" && <p className="muted">{t("loading")}</p>}
          {state.status === "error" && <p className="error-text">{state.error}</p>}
          {state.diff && (
            <div data-testid="diff-result" data-from={state.diff.from} data-to={state.diff.to}>
              <DiffList mark="added" items={state.diff.added} terms={terms} />
              <DiffList mark="removed" items={state.diff.removed} terms={terms} />
              <DiffList mark="kept" items={state.diff.kept} terms={terms} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
