/** Drill-down of a ministry, bureau, organisation, program or person: grids by year with evidence, people, partners, documents. */
import type { DrillDownResponse, EvidenceItem } from "../../../shared/api-types";
import { detailsStore, useDetails } from "../../state/details/store";
import { chooseCell } from "../../state/details/transitions";
import type { EvidenceCell } from "../../state/details/types";
import { useT } from "../../state/view/store";
import { EvidenceList } from "./EvidenceList";
import { NodeLink } from "./NodeLink";
import { CollaboratorList, DocumentList, LinkList, PeopleList, PostList } from "./RelatedLists";
import { YearGrid, type GridRow } from "./YearGrid";
import { CompareYears } from "./CompareYears";
import { LineagePanel } from "./LineagePanel";
import { AddFactForm } from "./AddFactForm";
import { ReviewBar, type ReviewedFact } from "./ReviewBar";
import { cellOwner, reviewedDrill } from "./reviewed-drill";
import { useReviews } from "../../state/reviews/store";
import { useMemo } from "react";
import { factsWithCitations } from "../../graph/citation";
import { download, stamp } from "../../graph/export";

function programRows(drill: DrillDownResponse): GridRow[] {
  return drill.programs.map((p) => {
    const row: GridRow = { id: p.id, name: p.name, cells: new Map(p.cells.map((c) => [c.year, c.count])) };
    // Cells say who owned them once the predecessors' programs are merged in (the API then sends ownedBy).
    if (p.cells.some((c) => c.ownedBy !== undefined)) row.owners = new Map(p.cells.map((c) => [c.year, (c.ownedBy ?? []).map((o) => o.name)]));
    return row;
  });
}

function ownerRows(drill: DrillDownResponse): GridRow[] {
  return drill.owners.map((o) => ({ id: o.id, name: o.name, cells: new Map(o.years.map((y) => [y, 1])) }));
}

/** The grid's columns: the years its rows have cells in (a post held in another year would add an empty column). */
function yearsOf(rows: readonly GridRow[]): number[] {
  const set = new Set<number>();
  for (const r of rows) for (const y of r.cells.keys()) set.add(y);
  return [...set].sort((a, b) => a - b);
}

/** The evidence of the chosen cell and the row's name (program of a bureau, or owner of a program). */
function cellEvidence(drill: DrillDownResponse, cell: EvidenceCell | null): { row?: { id: string; name: string }; items: EvidenceItem[] } {
  if (!cell) return { items: [] };
  const program = drill.programs.find((p) => p.id === cell.programId);
  if (program) return { row: program, items: program.cells.find((c) => c.year === cell.year)?.evidence ?? [] };
  const owner = drill.owners.find((o) => o.id === cell.programId);
  return owner ? { row: owner, items: owner.evidence ?? [] } : { items: [] };
}

/** The OWNS fact a chosen cell stands for: a bureau's program in a year, or a program's owner in a year. */
function cellFact(drill: DrillDownResponse, cell: EvidenceCell): ReviewedFact | null {
  if (drill.programs.some((p) => p.id === cell.programId)) return { type: "OWNS", start: cellOwner(drill, cell.programId, cell.year), end: cell.programId, year: cell.year };
  if (drill.owners.some((o) => o.id === cell.programId)) return { type: "OWNS", start: cell.programId, end: drill.node.id, year: cell.year };
  return null;
}

export function DrillDownPanel({ drill: extracted }: { drill: DrillDownResponse }) {
  const t = useT();
  const reviews = useReviews((s) => s);
  const { drill, marks } = useMemo(() => reviewedDrill(extracted, reviews), [extracted, reviews]);
  const cell = useDetails((s) => s.cell);
  const fact = cell ? cellFact(drill, cell) : null;
  const programs = programRows(drill);
  const owners = ownerRows(drill);
  const { row, items } = cellEvidence(drill, cell);
  const owned = cell ? programs.find((p) => p.id === cell.programId)?.owners?.get(cell.year) : undefined;
  const own = [drill.node.name, ...drill.node.aliases];
  const onCell = (programId: string, year: number) => detailsStore.update((s) => chooseCell(s, { programId, year }));
  const active = cell ? { rowId: cell.programId, year: cell.year } : null;

  return (
    <div className="drill-down" data-testid="drill-down">
      <LinkList heading={t("partOf")} links={drill.partOf ?? []} />
      <LineagePanel drill={drill} />
      <CompareYears drill={drill} />
      {programs.length > 0 && (
        <YearGrid caption={t("programsByYear")} rowHeader={t("program")} years={yearsOf(programs)} rows={programs} active={active} onCell={onCell} exportName={drill.node.name} legend="sentences" reviews={marks} />
      )}
      {owners.length > 0 && (
        <YearGrid caption={t("owners")} rowHeader={t("owner")} years={yearsOf(owners)} rows={owners} active={active} onCell={onCell} exportName={drill.node.name} legend="marks" reviews={marks} />
      )}
      {(programs.length > 0 || owners.length > 0) && (
        <>
          <h3>
            {t("evidence")}
            {row && cell ? (
              <>
                {" · "}
                <NodeLink id={row.id} name={row.name} /> {cell.year}
                {owned ? ` · ${t("ownedBy")} ${owned.join("、")}` : null}
              </>
            ) : null}
          </h3>
          {fact && (
            <div data-testid="cell-review">
              <ReviewBar key={`${fact.start}|${fact.end}|${fact.year ?? ""}`} fact={fact} />
            </div>
          )}
          {items.length > 0 ? <EvidenceList items={items} terms={[...own, row?.name ?? ""]} /> : <p className="muted">{t("noEvidence")}</p>}
        </>
      )}
      {drill.node.label !== "Person" && <AddFactForm drill={drill} />}
      <button type="button" onClick={() => download(`miit-${drill.node.name}-facts-${stamp()}.csv`, factsWithCitations(drill), "text/csv;charset=utf-8")} data-testid="export-facts-csv">
        {t("exportFactsCsv")}
      </button>
      <PostList posts={drill.posts ?? []} terms={own} nodeId={drill.node.id} />
      <PeopleList people={drill.people} terms={own} nodeId={drill.node.id} />
      <CollaboratorList collaborators={drill.collaborators} terms={own} />
      <LinkList heading={t("parts")} links={drill.parts ?? []} />
      <DocumentList documents={drill.documents} />
    </div>
  );
}
