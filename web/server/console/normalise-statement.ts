/**
 * The console's text as Neo4j will read it, before any text check: Unicode NFKC (full-width and
 * compatibility letters become the plain ones Cypher's keywords are), every line break Neo4j knows
 * (\r, \r\n, U+2028/2029, U+0085) as \n so that a `//` comment ends where Neo4j ends it, and every
 * other control or format character (U+001C, zero-width spaces, bidi marks …) as a space, which
 * Neo4j would otherwise skip or read as whitespace where a JavaScript `\s` does not.
 */
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;
const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/gu;

export function normaliseStatement(query: string): string {
  return query
    .normalize("NFKC")
    .replace(LINE_BREAKS, "\n")
    .replace(CONTROL_OR_FORMAT, (ch) => (ch === "\n" || ch === "\t" ? ch : " "));
}
