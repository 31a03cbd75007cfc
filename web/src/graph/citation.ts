/** Citations of evidence sentences: one line to paste into a text (the "cite" button), and CSV rows of a node's facts. */
import type { DrillDownResponse, EvidenceItem } from "../../shared/api-types";
import { toCsv } from "./csv";

/** 《title》，issuer，date，docNumber：“sentence”（characters start–end）— the parts the document has. */
export function citationOf(item: EvidenceItem, lang: "zh" | "en"): string {
  const doc = [item.docTitle ? `《${item.docTitle}》` : item.docId, item.docIssuer, item.docDate, item.docNumber].filter((p): p is string => p !== undefined && p !== "");
  const where = item.start !== undefined && item.end !== undefined ? (lang === "zh" ? `（第${item.start}–${item.end}字）` : ` (characters ${item.start}–${item.end})`) : "";
  return lang === "zh" ? `${doc.join("，")}：“${item.text}”${where}` : `${doc.join(", ")}: “${item.text}”${where}`;
}

export const CITATION_COLUMNS = ["fact", "from", "to", "year", "title", "sentence", "document", "issuer", "date", "docNumber", "start", "end", "method", "confidence", "docId"] as const;

type Row = (string | number | undefined)[];

function rowsOf(fact: string, from: string, to: string, year: number | undefined, title: string | undefined, items: readonly EvidenceItem[]): Row[] {
  return items.map((e) => [fact, from, to, year, title, e.text, e.docTitle, e.docIssuer, e.docDate, e.docNumber, e.start, e.end, e.method, e.confidence, e.docId]);
}

/** Every fact of the drill-down with each of its sentences and their citations, one row per sentence. */
export function factsWithCitations(drill: DrillDownResponse): string {
  const name = drill.node.name;
  const rows: Row[] = [
    ...drill.programs.flatMap((p) => p.cells.flatMap((c) => rowsOf("OWNS", (c.ownedBy ?? []).map((o) => o.name).join("、") || name, p.name, c.year, undefined, c.evidence))),
    ...drill.owners.flatMap((o) => rowsOf("OWNS", o.name, name, undefined, undefined, o.evidence ?? [])),
    ...drill.people.flatMap((p) => rowsOf("HOLDS", p.name, name, p.year, p.title, p.evidence)),
    ...(drill.posts ?? []).flatMap((p) => rowsOf("HOLDS", name, p.name, p.year, p.title, p.evidence)),
    ...drill.collaborators.flatMap((c) => rowsOf("COLLABORATES", name, c.name, undefined, undefined, c.evidence)),
  ];
  return toCsv(CITATION_COLUMNS, rows);
}
