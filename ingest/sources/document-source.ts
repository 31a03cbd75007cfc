/** The contract every input format implements; BUILTIN_SOURCES lists them once. */
import type { SourceText } from "../model";

export interface ReadOptions {
  /** Files larger than this many bytes are refused before they are read. */
  maxSize: number;
}

/** 20 MB: the bundled documents are 6–115 KB; a 20 MB text is a book, anything larger is almost surely not a policy document. */
export const DEFAULT_READ_OPTIONS: ReadOptions = {
  maxSize: 20 * 1024 * 1024,
};

/**
 * One input format: `match` says whether a path is in this format (by extension), `load` reads
 * the file and returns its plain text (markup removed), throwing an UnreadableFileError when it cannot.
 */
export interface DocumentSource {
  name: string;
  match(path: string): boolean;
  load(path: string, options: ReadOptions): Promise<SourceText>;
}

/** Builds a `match` for a list of lower-case extensions (with the dot). */
export function matchExtensions(extensions: readonly string[]): (path: string) => boolean {
  return (path) => {
    const lower = path.toLowerCase();
    return extensions.some((ext) => lower.endsWith(ext));
  };
}
