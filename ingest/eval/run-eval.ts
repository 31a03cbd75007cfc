/** Runs decode → normalise → extract on the corpus documents that have a gold set, and scores them. */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { loadGazetteer } from "../gazetteer/load-gazetteer";
import { decodeText } from "../stages/decode-text";
import { extractDocument } from "../stages/extract-document";
import { normaliseText } from "../stages/normalise-text";
import { loadGold } from "./load-gold";
import { scoreDocument } from "./score-document";
import type { DocumentScore } from "./score-document";

export interface EvalRun {
  scores: DocumentScore[];
  missingDocuments: string[];
  /** Time spent in extractDocument alone (decoding and normalising excluded). */
  milliseconds: number;
}

/** Reads gold and corpus folders (side effects: file reads), extracts each document, scores it. */
export function runEval(goldDir: string, corpusDir: string, gazetteerPaths: string[] = []): EvalRun {
  const gazetteer = loadGazetteer(gazetteerPaths);
  const scores: DocumentScore[] = [];
  const missingDocuments: string[] = [];
  let milliseconds = 0;
  for (const gold of loadGold(goldDir)) {
    const path = join(corpusDir, gold.doc);
    if (!existsSync(path)) {
      missingDocuments.push(gold.doc);
      continue;
    }
    const doc = normaliseText(decodeText({ path, file: gold.doc, bytes: readFileSync(path) }));
    const started = performance.now();
    const graph = extractDocument(doc, gazetteer);
    milliseconds += performance.now() - started;
    scores.push(scoreDocument(gold, graph, doc.docId));
  }
  return { scores, missingDocuments, milliseconds };
}
