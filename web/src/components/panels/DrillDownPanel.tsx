/** Drill-down of a ministry, bureau, organisation or program: programs by year with evidence, people, partners, documents, owners. */
import type { DrillDownResponse } from "../../../shared/api-types";
import { detailsStore, useDetails } from "../../state/details/store";
import { chooseCell } from "../../state/details/transitions";
import { useT } from "../../state/view/store";
import { EvidenceList } from "./EvidenceList";
import { NodeLink } from "./NodeLink";
import { PeopleList, CollaboratorList, DocumentList } from "./RelatedLists";
import { YearGrid, type GridRow } from "./YearGrid";

function programRows(drill: DrillDownResponse): GridRow[] {
  return drill.programs.map((p) => ({ id: p.id, name: p.name, cells: new Map(p.cells.map((c) => [c.year, c.count])) }));
}

function ownerRows(drill: DrillDownResponse): GridRow[] {
  return drill.owners.map((o) => ({ id: o.id, name: o.name, cells: new Map(o.years.map((y) => [y, 1])) }));
}

function yearsOf(rows: readonly GridRow[], given: readonly number[]): number[] {
  const set = new Set(given);
  for (const r of rows) for (const y of r.cells.keys()) set.add(y);
  return [...set].sort((a, b) => a - b);
}

export function DrillDownPanel({ drill }: { drill: DrillDownResponse }) {
  const t = useT();
  const cell = useDetails((s) => s.cell);
  const programs = programRows(drill);
  const owners = ownerRows(drill);
  const activeProgram = cell ? drill.programs.find((p) => p.id === cell.programId) : undefined;
  const evidence = activeProgram?.cells.find((c) => c.year === cell?.year)?.evidence ?? [];
  const terms = [drill.node.name, ...drill.node.aliases, ...(activeProgram ? [activeProgram.name] : [])];

  return (
    <div className="drill-down" data-testid="drill-down">
      {programs.length > 0 && (
        <>
          <YearGrid
            caption={t("programsByYear")}
            rowHeader={t("program")}
            years={yearsOf(programs, drill.years)}
            rows={programs}
            active={cell ? { rowId: cell.programId, year: cell.year } : null}
            onCell={(programId, year) => detailsStore.update((s) => chooseCell(s, { programId, year }))}
          />
          <h3>
            {t("evidence")}
            {activeProgram && cell ? (
              <>
                {" · "}
                <NodeLink id={activeProgram.id} name={activeProgram.name} /> {cell.year}
              </>
            ) : null}
          </h3>
          {evidence.length > 0 ? <EvidenceList items={evidence} terms={terms} /> : <p className="muted">{t("noEvidence")}</p>}
        </>
      )}
      {owners.length > 0 && (
        <YearGrid caption={t("owners")} rowHeader={t("label_Bureau")} years={yearsOf(owners, [])} rows={owners} />
      )}
      <PeopleList people={drill.people} terms={[drill.node.name, ...drill.node.aliases]} />
      <CollaboratorList collaborators={drill.collaborators} terms={[drill.node.name, ...drill.node.aliases]} />
      <DocumentList documents={drill.documents} />
    </div>
  );
}
