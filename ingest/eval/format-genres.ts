/** Formats eval results per genre, the document's own date, year and genre, and the one-line summary of a set. */
import { EXTRACTION_CONFIDENCE } from "../../cypher/model";
import { prf, totalScore } from "./score-document";
import type { MethodCounts } from "./score-document";
import type { DocumentScore } from "./score-document";
import type { DocumentMetaResult } from "./run-eval";

const SUMMARY_UNITS = ["entities", "OWNS", "HOLDS", "COLLABORATES"] as const;

function f1(score: DocumentScore, unit: (typeof SUMMARY_UNITS)[number]): string {
  return prf(score[unit]).f1.toFixed(3);
}

/** "dev-set entities F1=0.678 owns F1=0.260 holds F1=0.673 collab F1=0.316": one line a set, easy to grep. */
export function formatSummaryLine(name: string, scores: DocumentScore[]): string {
  const total = totalScore(scores);
  return `${name} entities F1=${f1(total, "entities")} owns F1=${f1(total, "OWNS")} holds F1=${f1(total, "HOLDS")} collab F1=${f1(total, "COLLABORATES")}`;
}

/** F1 of the four summary units per genre (documents summed within a genre), with OWNS found/gold. */
export function formatPerGenre(scores: DocumentScore[], genres: Map<string, string>): string {
  const byGenre = new Map<string, DocumentScore[]>();
  for (const s of scores) {
    const genre = genres.get(s.doc) ?? "other";
    byGenre.set(genre, [...(byGenre.get(genre) ?? []), s]);
  }
  const header = `${"genre".padEnd(24)}${"docs".padStart(5)}${SUMMARY_UNITS.map((u) => u.slice(0, 8).padStart(10)).join("")}   OWNS found/gold`;
  const lines = [...byGenre.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([genre, list]) => {
    const total = totalScore(list);
    const owns = `${total.OWNS.goldMatched}/${total.OWNS.gold}`;
    return `${genre.padEnd(24)}${String(list.length).padStart(5)}${SUMMARY_UNITS.map((u) => f1(total, u).padStart(10)).join("")}   ${owns}`;
  });
  return ["== F1 per genre ==", header, ...lines].join("\n");
}

/** How many documents get the gold's date and year, and the genre genres.json gives them. */
export function formatDocumentMeta(metas: DocumentMetaResult[], genres: Map<string, string>): string {
  const dated = metas.filter((m) => m.gold.date !== null);
  const dates = dated.filter((m) => m.predicted.date === m.gold.date).length;
  const yeared = metas.filter((m) => m.gold.year !== null);
  const years = yeared.filter((m) => m.predicted.year === m.gold.year).length;
  const kinds = metas.filter((m) => genres.has(m.doc));
  const kindsRight = kinds.filter((m) => m.predicted.kind === genres.get(m.doc)).length;
  return `== the document itself ==\ndate ${dates}/${dated.length}  year ${years}/${yeared.length}  genre ${kindsRight}/${kinds.length}`;
}

/** Precision per fact type and extraction method, beside the confidence the graph gives that method. */
export function formatMethods(methods: MethodCounts): string {
  const rows = [...methods].sort(([a], [b]) => a.localeCompare(b)).map(([key, c]) => {
    const method = key.slice(key.indexOf(" ") + 1);
    const given = (EXTRACTION_CONFIDENCE as Record<string, number | undefined>)[method];
    return `${key.padEnd(34)} ${String(c.matched).padStart(4)}/${String(c.predicted).padEnd(4)} P ${(c.matched / c.predicted).toFixed(3)}   confidence ${given?.toFixed(2) ?? "–"}`;
  });
  return ["== precision per extraction method (strongest evidence of each fact) ==", ...rows].join("\n");
}
