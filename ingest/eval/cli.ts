/** `npm run eval -- [goldDir] [corpusDir] [--details] [--limit N] [--unit OWNS] [--doc 003] [--gazetteer file.yaml]` */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_REPORT_OPTIONS, formatDetails, formatPerDocument, formatTotals } from "./format-report";
import { runEval } from "./run-eval";
import { UNITS, totalScore } from "./score-document";
import type { Unit } from "./score-document";

function isUnit(value: string): value is Unit {
  return (UNITS as readonly string[]).includes(value);
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
  const goldDir = resolve(positionals[0] ?? "../shared/gold");
  const corpusDir = resolve(positionals[1] ?? "corpus");
  const units = (values.unit ?? []).filter(isUnit);
  const run = await runEval(goldDir, corpusDir, values.gazetteer ?? []);
  const scores = values.doc ? run.scores.filter((s) => s.doc.startsWith(values.doc as string)) : run.scores;
  console.log(formatTotals(totalScore(scores)));
  console.log(formatPerDocument(scores));
  if (values.details) {
    const options = { details: true, limit: Number(values.limit), units: units.length > 0 ? units : [...UNITS] };
    console.log(formatDetails(scores, options));
  }
  for (const doc of run.missingDocuments) console.log(`missing from corpus: ${doc}`);
  console.log(`extractDocument time: ${run.milliseconds.toFixed(0)} ms for ${run.scores.length} documents`);
  return run.missingDocuments.length > 0 ? 1 : 0;
}

process.exitCode = await main();
