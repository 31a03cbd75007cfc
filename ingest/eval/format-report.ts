/** Formats evaluation scores as plain-text tables, with optional lists of misses and false hits. */
import { UNITS, prf } from "./score-document";
import type { DocumentScore, Unit, UnitScore } from "./score-document";

export interface ReportOptions {
  /** Show misses and false hits. */
  details: boolean;
  /** At most this many misses / false hits per unit and document. */
  limit: number;
  /** Only these units in the details. */
  units: Unit[];
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { details: false, limit: 20, units: [...UNITS] };

function pct(x: number): string {
  return x.toFixed(3);
}

function row(name: string, s: UnitScore): string {
  const { precision, recall, f1 } = prf(s);
  const counts = `${s.predictedMatched}/${s.predicted} pred, ${s.goldMatched}/${s.gold} gold`;
  return `${name.padEnd(14)} P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}   (${counts})`;
}

/** The overall table: one row per unit. */
export function formatTotals(total: DocumentScore): string {
  return ["== all documents ==", ...UNITS.map((u) => row(u, total[u]))].join("\n");
}

/** One compact line of F1 per unit for each document. */
export function formatPerDocument(scores: DocumentScore[]): string {
  const header = `${"document".padEnd(28)}${UNITS.map((u) => u.slice(0, 8).padStart(9)).join("")}`;
  const lines = scores.map((s) => `${s.doc.padEnd(28)}${UNITS.map((u) => pct(prf(s[u]).f1).padStart(9)).join("")}`);
  return ["== F1 per document ==", header, ...lines].join("\n");
}

function listed(title: string, items: string[], limit: number): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, limit).map((i) => `    ${i}`);
  const more = items.length > limit ? [`    … ${items.length - limit} more`] : [];
  return [`  ${title} (${items.length}):`, ...shown, ...more];
}

/** Misses and false hits per document and unit. */
export function formatDetails(scores: DocumentScore[], options: ReportOptions): string {
  const out: string[] = [];
  for (const s of scores) {
    for (const unit of options.units.filter((u) => u !== "entities")) {
      const lines = [...listed("missed", s[unit].misses, options.limit), ...listed("false", s[unit].falseHits, options.limit)];
      if (lines.length > 0) out.push(`-- ${s.doc} ${unit}`, ...lines);
    }
  }
  return out.join("\n");
}
