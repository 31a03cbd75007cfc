/** Reads one shipped set through the real sources and extraction and sums up each document's graph as sorted lines, for golden comparison. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { loadGazetteer } from "../../../ingest/gazetteer/load-gazetteer";
import { findSource } from "../../../ingest/sources/builtin-sources";
import { DEFAULT_READ_OPTIONS } from "../../../ingest/sources/document-source";
import { extractDocument } from "../../../ingest/extract/extract-document";
import { normaliseText } from "../../../ingest/text/normalise-text";
import type { GraphJson } from "../../../cypher/model";

export type GoldenSummary = Record<string, { document: Record<string, unknown>; entities: string[]; facts: string[] }>;

function summarise(graph: GraphJson, docId: string): GoldenSummary[string] {
  const names = new Map(graph.nodes.map((n) => [n.id, n.properties.name]));
  const own = graph.nodes.find((n) => n.id === docId)?.properties as unknown as Record<string, unknown>;
  const { title, date, year, kind, titleDerived, issuer, docNumber } = own;
  const mentioned = graph.relationships.filter((r) => r.type === "MENTIONS").map((r) => `${r.end.split(":")[0]}:${names.get(r.end)}`);
  const facts = graph.relationships
    .filter((r) => r.type === "OWNS" || r.type === "HOLDS" || r.type === "COLLABORATES")
    .map((r) => {
      const p = r.properties as unknown as { year?: number; title?: string; extractedBy?: string[] };
      return `${r.type} ${names.get(r.start)} → ${names.get(r.end)} ${p.title ?? ""} ${p.year ?? ""} [${(p.extractedBy ?? []).join(",")}]`;
    });
  return { document: JSON.parse(JSON.stringify({ title, date, year, kind, titleDerived, issuer, docNumber })) as Record<string, unknown>, entities: mentioned.sort(), facts: facts.sort() };
}

/** Every document of `corpusDir`, in name order, as entity and fact lines. */
export async function goldenSummary(corpusDir: string): Promise<GoldenSummary> {
  const gazetteer = loadGazetteer([]);
  const out: GoldenSummary = {};
  for (const file of readdirSync(corpusDir).sort()) {
    const path = join(corpusDir, file);
    const source = findSource(path);
    if (!source) continue;
    const doc = normaliseText(await source.load(path, DEFAULT_READ_OPTIONS));
    out[file] = summarise(extractDocument(doc, gazetteer), doc.docId);
  }
  return out;
}
