/** Lucene query text for the `entity_names` full-text index, with every special character escaped. */

const LUCENE_SPECIALS = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene's special characters (`+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /`) with a backslash. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIALS, "\\$&");
}

/**
 * Builds the full-text query for a user's search text: the whole text as a phrase (Chinese is indexed one
 * character per token, so a phrase keeps 规划司 from matching every 司), OR-ed with a prefix query of the
 * Latin words (so "plann" finds "Department of Planning"). Words are lower-cased so AND/OR/NOT stay words.
 */
export function toFulltextQuery(text: string): string {
  const trimmed = text.trim();
  const phrase = `"${escapeLucene(trimmed)}"`;
  const words = trimmed
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => /^[a-z0-9]/.test(w));
  if (words.length === 0) return phrase;
  const prefixes = words.map((w) => `${escapeLucene(w)}*`).join(" AND ");
  return `${phrase} OR (${prefixes})`;
}
