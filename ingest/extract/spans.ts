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

type OffsetIndex = Map<number, Mention[]>;
const byStart = new WeakMap<Mention[], OffsetIndex>();
const byEnd = new WeakMap<Mention[], OffsetIndex>();

function indexBy(mentions: Mention[], key: "start" | "end", cache: WeakMap<Mention[], OffsetIndex>): OffsetIndex {
  let index = cache.get(mentions);
  if (index === undefined) {
    index = new Map();
    for (const m of mentions) {
      const list = index.get(m[key]);
      if (list) list.push(m);
      else index.set(m[key], [m]);
    }
    cache.set(mentions, index);
  }
  return index;
}

/**
 * The mentions that start (or end) at an offset, in the array's order: a lookup instead of a scan of
 * the document's mentions per question. The index is built once per array, which must not change after.
 */
export function mentionsStartingAt(mentions: Mention[], start: number): readonly Mention[] {
  return indexBy(mentions, "start", byStart).get(start) ?? [];
}

export function mentionsEndingAt(mentions: Mention[], end: number): readonly Mention[] {
  return indexBy(mentions, "end", byEnd).get(end) ?? [];
}
