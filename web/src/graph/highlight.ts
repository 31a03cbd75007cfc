/** Splits a sentence into plain and matched segments so matched words can be drawn as <mark> text nodes. */

export interface TextSegment {
  text: string;
  match: boolean;
}

/** Returns the segments of `text`, marking every occurrence of any term (longest first, case-insensitive). */
export function splitHighlights(text: string, terms: readonly string[]): TextSegment[] {
  const clean = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (clean.length === 0 || text.length === 0) return text ? [{ text, match: false }] : [];
  const lower = text.toLowerCase();
  const lowerTerms = clean.map((t) => t.toLowerCase());
  const segments: TextSegment[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    const hit = lowerTerms.find((t) => lower.startsWith(t, i));
    if (hit === undefined) {
      i += 1;
      continue;
    }
    if (i > plainStart) segments.push({ text: text.slice(plainStart, i), match: false });
    segments.push({ text: text.slice(i, i + hit.length), match: true });
    i += hit.length;
    plainStart = i;
  }
  if (plainStart < text.length) segments.push({ text: text.slice(plainStart), match: false });
  return segments;
}
