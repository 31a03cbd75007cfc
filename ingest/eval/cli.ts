/**
 * `npm run eval -- [goldDir corpusDir] [--details] [--limit N] [--unit OWNS] [--doc 003] [--gazetteer file.yaml]`
 * With no folders it scores the bundled corpus (gold/ + corpus/) and the dev set (dev-set/gold + dev-set/corpus).
 */
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_EVAL_SETS, loadGenres, type EvalSet } from "./eval-sets";
import { formatDocumentMeta, formatMethods, formatPerGenre, formatSummaryLine } from "./format-genres";
import { DEFAULT_REPORT_OPTIONS, formatDetails, formatPerDocument, formatTotals } from "./format-report";
import { runEval } from "./run-eval";
import { UNITS, totalScore } from "./score-document";
import type { Unit } from "./score-document";

function isUnit(value: string): value is Unit {
  return (UNITS as readonly string[]).includes(value);
}

function setsFrom(positionals: string[]): EvalSet[] {
  if (positionals.length === 0) return [...DEFAULT_EVAL_SETS];
  const goldDir = positionals[0] as string;
  return [{ name: basename(resolve(goldDir, "..")), goldDir, corpusDir: positionals[1] ?? "corpus" }];
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      details: { type: "boolean", default: false },
      limit: { type: "string", default: String(DEFAULT_REPORT_OPTIONS.limit) },
      unit: { type: "string", multiple: true },
      doc: { type: "string" },
      gazetteer: { type: "string", multiple: true },
    },
  });
  const units = (values.unit ?? []).filter(isUnit);
  const summaries: string[] = [];
  let missing = 0;
  for (const set of setsFrom(positionals)) {
    const run = await runEval(resolve(set.goldDir), resolve(set.corpusDir), values.gazetteer ?? []);
    const genres = loadGenres(resolve(set.goldDir));
    const scores = values.doc ? run.scores.filter((s) => s.doc.startsWith(values.doc as string)) : run.scores;
    console.log(`######## ${set.name}: ${set.goldDir} against ${set.corpusDir}`);
    console.log(formatTotals(totalScore(scores)));
    console.log(formatPerGenre(scores, genres));
    console.log(formatPerDocument(scores));
    console.log(formatDocumentMeta(run.metas, genres));
    console.log(formatMethods(run.methods));
    if (values.details) {
      const options = { details: true, limit: Number(values.limit), units: units.length > 0 ? units : [...UNITS] };
      console.log(formatDetails(scores, options));
    }
    for (const doc of run.missingDocuments) console.log(`missing from corpus: ${doc}`);
    console.log(`extractDocument time: ${run.milliseconds.toFixed(0)} ms for ${run.scores.length} documents`);
    summaries.push(formatSummaryLine(set.name, scores));
    missing += run.missingDocuments.length;
  }
  console.log(summaries.join("\n"));
  return missing > 0 ? 1 : 0;
}

process.exitCode = await main();
