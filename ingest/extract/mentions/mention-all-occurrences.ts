/** Adds the later occurrences of names found by pattern (people, discovered programs) that the first pass missed. */
import type { Mention } from "../extraction-types";

const MARKS = /[“”《》]/g;
const MIN_NAME = 3;
const MIN_QUOTED_NAME = 2;

/** The plain names a found mention may appear under elsewhere in the text. */
function namesOf(m: Mention): string[] {
  const plain = [m.surface, ...(m.aliases ?? [])].map((n) => n.replace(MARKS, ""));
  const min = m.source === "quote" || m.source === "person" ? MIN_QUOTED_NAME : MIN_NAME;
  return [...new Set(plain)].filter((n) => n.length >= min);
}

/**
 * Input: text, accepted mentions, and mentions whose names are to be sought again (people
 * next to a title, programs and organisations found by pattern). Output: all mentions in text
 * order, where every other occurrence of such a name that overlaps nothing already accepted
 * becomes a mention of the same entity ("“芯火”创新计划 … 芯火").
 */
export function mentionAllOccurrences(text: string, accepted: Mention[], found: Mention[]): Mention[] {
  const all = [...accepted];
  // Characters some mention covers, as one flag per character of the text (not a Set of offsets: a hash per character).
  const taken = new Uint8Array(text.length + 1);
  for (const m of accepted) taken.fill(1, m.start, m.end);
  const names = new Map<string, Mention>();
  for (const m of found) for (const name of namesOf(m)) if (!names.has(name)) names.set(name, m);
  for (const [name, template] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      let free = true;
      for (let i = at; i < at + name.length && free; i++) free = taken[i] === 0;
      if (!free) continue;
      all.push({ ...template, start: at, end: at + name.length, surface: name, aliases: [] });
      taken.fill(1, at, at + name.length);
    }
  }
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}
