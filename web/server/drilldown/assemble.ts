/** Assembles the drill-down (DrillDownResponse) from the rows of its queries; pure, so it is tested without Neo4j. */
import { provenanceAt } from "../../../cypher/fact-provenance";
import type { NodeLabel } from "../../../cypher/model";
import type { CellOwner, DrillDownResponse, EvidenceItem, LineageItem } from "../../shared/api-types";

/** One dated fact with its parallel evidence lists, as the list-* queries return it. */
export interface FactRow {
  id: string;
  name: string;
  year: number | null;
  evidence: string[];
  evidenceDocIds: string[];
  /** Parallel to evidence; null (or sentinel entries) where unknown. */
  extractedBy?: readonly unknown[] | null;
  confidence?: readonly unknown[] | null;
  evidenceStarts?: readonly unknown[] | null;
  evidenceEnds?: readonly unknown[] | null;
}

/** What a citation names of a source document (list-document-titles). */
export interface DocumentRef {
  title: string;
  issuer?: string;
  date?: string;
  docNumber?: string;
}

/** One row of list-lineage: a body of the chain, how far from the node and the step that joins it. */
export interface LineageRow extends LineageItem {
  direction: "predecessor" | "successor";
  distance: number;
}

export interface DrillDownRows {
  node: DrillDownResponse["node"];
  /** `owner` is set on the facts of a predecessor (?include=predecessors): cells then say who owned them. */
  programs: (FactRow & { nameEn: string | null; count: number; owner?: CellOwner })[];
  lineage: LineageRow[];
  people: (FactRow & { title: string })[];
  posts: (FactRow & { label: NodeLabel; title: string })[];
  /** `start`: which end the COLLABORATES starts at (the fact's key depends on it). */
  collaborators: (FactRow & { label: NodeLabel; start?: string })[];
  owners: (FactRow & { label: NodeLabel })[];
  documents: { id: string; name: string; date: string | null; year: number | null; count: number }[];
  links: { direction: "up" | "down"; id: string; name: string; label: NodeLabel }[];
  /** Document id → title, for the evidence. */
  titles: ReadonlyMap<string, DocumentRef>;
}

/** Every document id the evidence of the rows refers to (to look their titles up). */
export function evidenceDocIds(rows: Omit<DrillDownRows, "node" | "titles" | "documents" | "links" | "lineage">): string[] {
  const ids = new Set<string>();
  for (const list of [rows.programs, rows.people, rows.posts, rows.collaborators, rows.owners]) {
    for (const fact of list) for (const id of fact.evidenceDocIds) ids.add(id);
  }
  return [...ids];
}

/**
 * Pairs evidence[i] with evidenceDocIds[i], the document's title and how it was read (extractedBy[i],
 * confidence[i], when known); repeated (text, doc) pairs are dropped.
 */
export function toEvidence(fact: Pick<FactRow, "evidence" | "evidenceDocIds" | "extractedBy" | "confidence" | "evidenceStarts" | "evidenceEnds">, titles: ReadonlyMap<string, DocumentRef>, seen = new Set<string>()): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  fact.evidence.forEach((text, i) => {
    const docId = fact.evidenceDocIds[i] ?? "";
    const key = `${docId}\u0000${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    const item: EvidenceItem = { text, docId, ...provenanceAt(fact.extractedBy, fact.confidence, i), ...offsetsAt(fact, i) };
    const doc = titles.get(docId);
    if (doc !== undefined) {
      item.docTitle = doc.title;
      if (doc.issuer !== undefined) item.docIssuer = doc.issuer;
      if (doc.date !== undefined) item.docDate = doc.date;
      if (doc.docNumber !== undefined) item.docNumber = doc.docNumber;
    }
    items.push(item);
  });
  return items;
}

/** The sentence's offsets in its document when both lists hold whole numbers at i (facts loaded before them do not). */
function offsetsAt(fact: Pick<FactRow, "evidenceStarts" | "evidenceEnds">, i: number): { start?: number; end?: number } {
  const start: unknown = fact.evidenceStarts?.[i];
  const end: unknown = fact.evidenceEnds?.[i];
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 ? { start: start as number, end: end as number } : {};
}

export function assembleDrillDown(rows: DrillDownRows): DrillDownResponse {
  const years = new Set<number>();
  const noteYear = (year: number | null) => {
    if (year !== null) years.add(year);
  };
  [rows.programs, rows.people, rows.posts, rows.collaborators, rows.owners].forEach((list) => list.forEach((f) => noteYear(f.year)));
  const response: DrillDownResponse = {
    node: rows.node,
    years: [...years].sort((a, b) => a - b),
    lineage: lineageOf(rows.lineage),
    programs: programsByYear(rows.programs, rows.titles, rows.node),
    people: rows.people.map((p) => ({ id: p.id, name: p.name, title: p.title, ...yearField(p.year), evidence: toEvidence(p, rows.titles) })),
    collaborators: groupById(rows.collaborators).map((facts) => ({
      ...idNameLabel(facts),
      years: sortedYears(facts),
      evidence: mergedEvidence(facts, rows.titles),
      facts: facts.map((f) => {
        const start = f.start ?? rows.node.id;
        return { start, end: start === rows.node.id ? f.id : rows.node.id, year: f.year };
      }),
    })),
    documents: rows.documents.map((d) => ({ id: d.id, name: d.name, count: d.count, ...(d.date === null ? {} : { date: d.date }), ...yearField(d.year) })),
    owners: groupById(rows.owners).map((facts) => ({ ...idNameLabel(facts), years: sortedYears(facts), evidence: mergedEvidence(facts, rows.titles) })),
  };
  if (rows.posts.length > 0) {
    response.posts = rows.posts.map((p) => ({ id: p.id, name: p.name, label: p.label, title: p.title, ...yearField(p.year), evidence: toEvidence(p, rows.titles) }));
  }
  const up = rows.links.filter((l) => l.direction === "up").map(({ id, name, label }) => ({ id, name, label }));
  const down = rows.links.filter((l) => l.direction === "down").map(({ id, name, label }) => ({ id, name, label }));
  if (up.length > 0) response.partOf = up;
  if (down.length > 0) response.parts = down;
  return response;
}

/** Each body of the chain once, at its nearest distance (rows come nearest first), per direction. */
function lineageOf(rows: readonly LineageRow[]): DrillDownResponse["lineage"] {
  const pick = (direction: LineageRow["direction"]) => {
    const seen = new Set<string>();
    return rows
      .filter((r) => r.direction === direction)
      .sort((a, b) => a.distance - b.distance || a.year - b.year)
      .filter((r) => !seen.has(r.id) && seen.add(r.id) !== undefined)
      .map(({ id, name, year, kind }) => ({ id, name, year, kind }));
  };
  return { predecessors: pick("predecessor"), successors: pick("successor") };
}

type Cell = { year: number; count: number; evidence: EvidenceItem[]; seen: Set<string>; ownedBy: Map<string, CellOwner> };

/**
 * One row per program, one cell per year (undated facts have no cell); most-owned programs first. When some
 * facts are a predecessor's, every cell lists who owned it (the node itself or the predecessors).
 */
function programsByYear(facts: DrillDownRows["programs"], titles: ReadonlyMap<string, DocumentRef>, node: DrillDownRows["node"]): DrillDownResponse["programs"] {
  const withOwners = facts.some((f) => f.owner !== undefined);
  return groupById(facts)
    .map((group) => {
      const [first] = group;
      const cells = new Map<number, Cell>();
      for (const fact of group) {
        if (fact.year === null) continue;
        const cell: Cell = cells.get(fact.year) ?? { year: fact.year, count: 0, evidence: [], seen: new Set<string>(), ownedBy: new Map() };
        cell.count += fact.count;
        cell.evidence.push(...toEvidence(fact, titles, cell.seen));
        const owner = fact.owner ?? { id: node.id, name: node.name };
        cell.ownedBy.set(owner.id, owner);
        cells.set(fact.year, cell);
      }
      const program: DrillDownResponse["programs"][number] = {
        id: first.id,
        name: first.name,
        cells: [...cells.values()]
          .sort((a, b) => a.year - b.year)
          .map(({ year, count, evidence, ownedBy }) => ({ year, count, evidence, ...(withOwners ? { ownedBy: [...ownedBy.values()] } : {}) })),
      };
      if (first.nameEn !== null) program.nameEn = first.nameEn;
      return program;
    })
    .filter((p) => p.cells.length > 0)
    .sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name, "zh"));
}

function total(program: DrillDownResponse["programs"][number]): number {
  return program.cells.reduce((sum, c) => sum + c.count, 0);
}

function groupById<T extends { id: string }>(facts: readonly T[]): [T, ...T[]][] {
  const groups = new Map<string, [T, ...T[]]>();
  for (const fact of facts) {
    const group = groups.get(fact.id);
    if (group === undefined) groups.set(fact.id, [fact]);
    else group.push(fact);
  }
  return [...groups.values()];
}

function idNameLabel<T extends { id: string; name: string; label: NodeLabel }>(facts: [T, ...T[]]) {
  return { id: facts[0].id, name: facts[0].name, label: facts[0].label };
}

function sortedYears(facts: readonly { year: number | null }[]): number[] {
  return [...new Set(facts.map((f) => f.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
}

function mergedEvidence(facts: readonly FactRow[], titles: ReadonlyMap<string, DocumentRef>): EvidenceItem[] {
  const seen = new Set<string>();
  return facts.flatMap((f) => toEvidence(f, titles, seen));
}

function yearField(year: number | null): { year?: number } {
  return year === null ? {} : { year };
}
