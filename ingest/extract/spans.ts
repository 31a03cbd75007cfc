/** Offsets helpers shared by every extraction stage: which mentions fall inside a span of the text. */
import type { Mention } from "./extraction-types";

/** Any stretch of the normalised text, by character offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Mentions inside a span (a sentence, a line), by offsets; `mentions` must be sorted by start. */
export function mentionsIn(span: Span, mentions: Mention[]): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const inside: Mention[] = [];
  for (let i = lo; i < mentions.length && (mentions[i] as Mention).start < span.end; i++) {
    const m = mentions[i] as Mention;
    if (m.end <= span.end) inside.push(m);
  }
  return inside;
}
