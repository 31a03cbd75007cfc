/** Adds the later occurrences of names found by pattern (people, discovered programs) that the first pass missed. */
import type { Mention } from "./extraction-types";

function overlapsAny(start: number, end: number, mentions: Mention[]): boolean {
  return mentions.some((m) => start < m.end && m.start < end);
}

/**
 * Input: text, accepted mentions and newly found mentions (e.g. people next to a title).
 * Output: all mentions in text order, where every other occurrence of a new mention's surface
 * that overlaps nothing already accepted is added as a mention of the same entity.
 */
export function mentionAllOccurrences(text: string, accepted: Mention[], found: Mention[]): Mention[] {
  const all = [...accepted];
  const surfaces = new Map(found.map((m) => [m.surface, m]));
  for (const [surface, template] of [...surfaces].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      if (!overlapsAny(at, at + surface.length, all)) all.push({ ...template, start: at, end: at + surface.length });
    }
  }
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}
