/** The input formats ingest reads, each listed once. */
import type { DocumentSource } from "./document-source";
import { htmlSource } from "./html-source";
import { markdownSource } from "./markdown-source";
import { textSource } from "./text-source";

export const BUILTIN_SOURCES: readonly DocumentSource[] = [textSource, markdownSource, htmlSource];

/** Returns the source that reads `path`, or undefined when no format matches its extension. */
export function findSource(path: string, sources: readonly DocumentSource[] = BUILTIN_SOURCES): DocumentSource | undefined {
  return sources.find((source) => source.match(path));
}
