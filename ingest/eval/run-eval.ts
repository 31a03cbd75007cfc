/** Runs read → normalise → extract on the corpus documents that have a gold set, and scores them. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadGazetteer } from "../gazetteer/load-gazetteer";
import { findSource } from "../sources/builtin-sources";
import { DEFAULT_READ_OPTIONS } from "../sources/document-source";
import { extractDocument } from "../extract/extract-document";
import { normaliseText } from "../text/normalise-text";
import { loadGold } from "./load-gold";
import { scoreDocument, scoreMethods } from "./score-document";
import type { DocumentScore, MethodCounts } from "./score-document";

/** What the document node says about the document itself, beside what the gold says. */
export interface DocumentMetaResult {
  doc: string;
  gold: { date: string | null; year: number | null };
  predicted: { date?: string; year?: number; kind?: string };
}

export interface EvalRun {
  scores: DocumentScore[];
  /** Precision counts per fact type and extraction method, summed over the documents. */
  methods: MethodCounts;
  metas: DocumentMetaResult[];
  /** Gold files whose document is missing from the corpus folder or in no readable format. */
  missingDocuments: string[];
  /** Time spent in extractDocument alone (reading, decoding and normalising excluded). */
  milliseconds: number;
}

/**
 * Reads gold and corpus folders (side effects: file reads) with the ingest's own sources
 * (text, Markdown, HTML; any encoding they detect), extracts each document, scores it.
 */
export async function runEval(goldDir: string, corpusDir: string, gazetteerPaths: string[] = []): Promise<EvalRun> {
  const gazetteer = loadGazetteer(gazetteerPaths);
  const scores: DocumentScore[] = [];
  const metas: DocumentMetaResult[] = [];
  const methods: MethodCounts = new Map();
  const missingDocuments: string[] = [];
  let milliseconds = 0;
  for (const gold of loadGold(goldDir)) {
    const path = join(corpusDir, gold.doc);
    const source = findSource(path);
    if (!existsSync(path) || !source) {
      missingDocuments.push(gold.doc);
      continue;
    }
    const doc = normaliseText(await source.load(path, DEFAULT_READ_OPTIONS));
    const started = performance.now();
    const graph = extractDocument(doc, gazetteer);
    milliseconds += performance.now() - started;
    scores.push(scoreDocument(gold, graph, doc.docId));
    for (const [key, c] of scoreMethods(gold, graph, doc.docId)) {
      const sum = methods.get(key) ?? { predicted: 0, matched: 0 };
      methods.set(key, { predicted: sum.predicted + c.predicted, matched: sum.matched + c.matched });
    }
    const own = graph.nodes.find((n) => n.id === doc.docId)?.properties as { date?: string; year?: number; kind?: string } | undefined;
    metas.push({ doc: gold.doc, gold: { date: gold.date, year: gold.year }, predicted: { date: own?.date, year: own?.year, kind: own?.kind } });
  }
  return { scores, methods, metas, missingDocuments, milliseconds };
}
