/**
 * The drill-down as the analyst's reviews leave it (pure): rejected OWNS cells taken out (or kept and marked when
 * "show rejected" is on), OWNS added by hand put in with their sentence, every reviewed cell marked.
 */
import type { DrillDownResponse } from "../../../shared/api-types";
import type { ReviewStatus } from "../../../../cypher/model";
import { addedOwns, reviewOf } from "../../state/reviews/transitions";
import type { ReviewsState } from "../../state/reviews/types";

/** `${rowId}|${year}` → the review status of that cell's fact. */
export type CellMarks = Map<string, ReviewStatus>;

export const cellMark = (rowId: string, year: number) => `${rowId}|${year}`;

type Reviews = Pick<ReviewsState, "byFact" | "showRejected">;

/** The OWNS a program cell stands for: the node's own, or its one predecessor's when the cell says so. */
export function cellOwner(drill: DrillDownResponse, programId: string, year: number): string {
  const cell = drill.programs.find((p) => p.id === programId)?.cells.find((c) => c.year === year);
  const [only, ...more] = cell?.ownedBy ?? [];
  return only !== undefined && more.length === 0 ? only.id : drill.node.id;
}

function reviewPrograms(drill: DrillDownResponse, reviews: Reviews, marks: CellMarks): DrillDownResponse["programs"] {
  const programs = drill.programs
    .map((p) => ({
      ...p,
      cells: p.cells.filter((c) => {
        const status = reviewOf(reviews, "OWNS", cellOwner(drill, p.id, c.year), p.id, c.year)?.status;
        if (status !== undefined) marks.set(cellMark(p.id, c.year), status);
        return status !== "rejected" || reviews.showRejected;
      }),
    }))
    .filter((p) => p.cells.length > 0);
  for (const added of addedOwns(reviews, drill)) {
    if (added.year === null) continue;
    const evidence = [{ text: added.sentence ?? "", docId: added.docId ?? "" }];
    const row = programs.find((p) => p.id === added.end);
    const name = added.end.slice(added.end.indexOf(":") + 1);
    if (row === undefined) programs.push({ id: added.end, name, cells: [{ year: added.year, count: 1, evidence }] });
    else if (!row.cells.some((c) => c.year === added.year)) row.cells = [...row.cells, { year: added.year, count: 1, evidence }].sort((a, b) => a.year - b.year);
    marks.set(cellMark(added.end, added.year), "added");
  }
  return programs;
}

function reviewOwners(drill: DrillDownResponse, reviews: Reviews, marks: CellMarks): DrillDownResponse["owners"] {
  const owners = drill.owners
    .map((o) => ({
      ...o,
      years: o.years.filter((year) => {
        const status = reviewOf(reviews, "OWNS", o.id, drill.node.id, year)?.status;
        if (status !== undefined) marks.set(cellMark(o.id, year), status);
        return status !== "rejected" || reviews.showRejected;
      }),
    }))
    .filter((o) => o.years.length > 0);
  for (const added of addedOwns(reviews, drill)) {
    if (added.year === null) continue;
    const row = owners.find((o) => o.id === added.start);
    const evidence = [{ text: added.sentence ?? "", docId: added.docId ?? "" }];
    if (row === undefined) owners.push({ id: added.start, name: added.start.slice(added.start.indexOf(":") + 1), label: "Bureau", years: [added.year], evidence });
    else if (!row.years.includes(added.year)) row.years = [...row.years, added.year].sort((a, b) => a - b);
    marks.set(cellMark(added.start, added.year), "added");
  }
  return owners;
}

export function reviewedDrill(drill: DrillDownResponse, reviews: Reviews): { drill: DrillDownResponse; marks: CellMarks } {
  if (reviews.byFact.size === 0) return { drill, marks: new Map() };
  const marks: CellMarks = new Map();
  const isProgram = drill.node.label === "Program";
  return {
    drill: { ...drill, programs: isProgram ? drill.programs : reviewPrograms(drill, reviews, marks), owners: isProgram ? reviewOwners(drill, reviews, marks) : drill.owners },
    marks,
  };
}
