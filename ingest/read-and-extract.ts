/** One file's way through the pipeline before Neo4j: read → decode → normalise → extract, or why not. */
import { ExtractionError, UnreadableFileError } from "./errors";
import type { Gazetteer } from "./gazetteer/load-gazetteer";
import type { DocumentGraph, NormalisedText } from "./model";
import type { DocumentSource } from "./sources/document-source";
import { extractDocument } from "./extract/extract-document";
import { normaliseText } from "./text/normalise-text";

export interface ExtractedDocument {
  file: string;
  path: string;
  docId: string;
  encoding: string;
  /** Characters of the normalised text. */
  chars: number;
}

/**
 * What became of one file: its graph; or "unread" — the database already holds this very file
 * extracted by this very extractor (so it is not extracted again); or the reason it was skipped.
 */
export type FileOutcome =
  | { kind: "graph"; graph: DocumentGraph; document: ExtractedDocument }
  | { kind: "unread"; docId: string; path: string; file: string; chars: number }
  | { kind: "skipped"; path: string; reason: string };

/** docId → sha256 of files the database holds as extracted by the current extractor (skipped unread). */
export type KnownDocuments = ReadonlyMap<string, string>;

export async function readAndExtract(path: string, source: DocumentSource, gazetteer: Gazetteer, maxSize: number, known: KnownDocuments): Promise<FileOutcome> {
  try {
    const decoded = await source.load(path, { maxSize });
    if (known.get(decoded.docId) === decoded.sha256) return { kind: "unread", docId: decoded.docId, path, file: decoded.file, chars: decoded.text.length };
    const normalised = normaliseText(decoded);
    const graph = extractOne(normalised, gazetteer);
    return { kind: "graph", graph, document: { file: decoded.file, path, docId: decoded.docId, encoding: decoded.encoding, chars: normalised.text.length } };
  } catch (error) {
    if (!(error instanceof UnreadableFileError || error instanceof ExtractionError)) throw error;
    return { kind: "skipped", path, reason: error.reason };
  }
}

function extractOne(doc: NormalisedText, gazetteer: Gazetteer): DocumentGraph {
  try {
    return extractDocument(doc, gazetteer);
  } catch (cause) {
    throw new ExtractionError("extract", doc.file, `extraction failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
