/** Typed errors of the ingest pipeline; each message names the stage and the document (STYLE.md). */

export type IngestStage = "read" | "decode-text" | "normalise-text" | "gazetteer" | "extract" | "write" | "load" | "config" | "cli";

/** Base class: `stage` and `file` say where it happened; `cause` keeps the underlying error. */
export class IngestError extends Error {
  override readonly name: string = "IngestError";
  readonly stage: IngestStage;
  readonly file: string | undefined;

  constructor(stage: IngestStage, file: string | undefined, detail: string, options?: { cause?: unknown }) {
    super(file === undefined ? `${stage}: ${detail}` : `${stage}: "${file}": ${detail}`, options);
    this.stage = stage;
    this.file = file;
  }

  /** The detail without the stage/file prefix, for summaries that already show the file. */
  get reason(): string {
    const prefix = this.file === undefined ? `${this.stage}: ` : `${this.stage}: "${this.file}": `;
    return this.message.startsWith(prefix) ? this.message.slice(prefix.length) : this.message;
  }
}

/**
 * A file that cannot become a document (empty, binary, undecodable, too large, unreadable,
 * unsupported); the pipeline reports it as skipped and goes on with the rest.
 */
export class UnreadableFileError extends IngestError {
  override readonly name: string = "UnreadableFileError";
}

export class EmptyFileError extends UnreadableFileError {
  override readonly name: string = "EmptyFileError";
  constructor(stage: IngestStage, file: string, detail = "the file is empty") {
    super(stage, file, detail);
  }
}

export class BinaryFileError extends UnreadableFileError {
  override readonly name: string = "BinaryFileError";
}

export class UndecodableFileError extends UnreadableFileError {
  override readonly name: string = "UndecodableFileError";
}

export class FileTooLargeError extends UnreadableFileError {
  override readonly name: string = "FileTooLargeError";
  constructor(file: string, size: number, maxSize: number) {
    super("read", file, `${formatMb(size)} exceeds the size limit of ${formatMb(maxSize)} (raise it with --max-size)`);
  }
}

export class UnsupportedFileError extends UnreadableFileError {
  override readonly name: string = "UnsupportedFileError";
}

/** A path given on the command line that does not exist or cannot be read. */
export class FileAccessError extends UnreadableFileError {
  override readonly name: string = "FileAccessError";
}

/** The extraction threw on one document; the document is skipped. */
export class ExtractionError extends IngestError {
  override readonly name: string = "ExtractionError";
}

/** The graph JSON could not be written (--out). */
export class OutputError extends IngestError {
  override readonly name: string = "OutputError";
}

/** Neo4j could not be reached or refused the credentials. */
export class Neo4jUnavailableError extends IngestError {
  override readonly name: string = "Neo4jUnavailableError";
  readonly uri: string;
  constructor(uri: string, detail: string, options?: { cause?: unknown }) {
    super("load", undefined, `cannot reach Neo4j at ${uri}: ${detail}. Start the local server with \`npm run neo4j:start\` or set NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD.`, options);
    this.uri = uri;
  }
}

/** Writing one document's graph failed; its transaction was rolled back. */
export class LoadError extends IngestError {
  override readonly name: string = "LoadError";
}

/** The environment does not validate (config.ts). */
export class ConfigError extends IngestError {
  override readonly name: string = "ConfigError";
}

/** Bad command line: unknown option, missing value, no paths. */
export class UsageError extends IngestError {
  override readonly name: string = "UsageError";
  constructor(detail: string) {
    super("cli", undefined, detail);
  }
}

export function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
