/** The ingest pipeline's own types: what each stage takes and returns. */
import type { GraphJson } from "../cypher/model";

/** A file as read from disk, before decoding. */
export interface SourceFile {
  /** Path as given (or found under a given folder). */
  path: string;
  /** Base name, e.g. `003_c9a3d1a1ab33e0bb.txt`. */
  file: string;
  bytes: Buffer;
}

/** Decoded text of one document, plain text (markup removed), still in the source's script. */
export interface SourceText {
  file: string;
  docId: string;
  sha256: string;
  /** sha256 of the file's absolute path: tells a changed file from another file of the same name (same docId). */
  origin?: string;
  encoding: string;
  text: string;
}

/** Simplified-Chinese, half-width, de-duplicated text; offsets of evidence point into `text`. */
export interface NormalisedText {
  file: string;
  docId: string;
  sha256: string;
  /** sha256 of the file's absolute path: tells a changed file from another file of the same name (same docId). */
  origin?: string;
  text: string;
  /** `originalOffsets[i]` is where character i of `text` stood in the decoded source text. */
  originalOffsets: number[];
}

/** What one document contributes to the graph; nodes and relationships follow cypher/model.ts. */
export interface DocumentGraph extends GraphJson {
  docId: string;
  file: string;
  sha256: string;
  /** sha256 of the file's absolute path: tells a changed file from another file of the same name (same docId). */
  origin?: string;
}

export interface SkippedFile {
  file: string;
  reason: string;
}
