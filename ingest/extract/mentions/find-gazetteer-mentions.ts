/** Finds every occurrence of a gazetteer name or alias in the text (overlaps kept; find-mentions resolves them). */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";
import { wordsAt } from "../word-index";

const ASCII_WORD = /[A-Za-z0-9]/;

const surfaceCache = new WeakMap<Gazetteer, string[]>();

/** All surface forms, computed once per gazetteer. */
function surfaces(gazetteer: Gazetteer): string[] {
  const cached = surfaceCache.get(gazetteer) ?? [...gazetteer.bySurface.keys()];
  surfaceCache.set(gazetteer, cached);
  return cached;
}

/**
 * An ASCII alias ("ITU", "5G") must not be part of a longer ASCII word ("3GPP"); a ministry's name ending in
 * 部 must not be the start of the word 部门 ("同级财政部门", "商务部门", "科技部门" are departments in general).
 */
function isWordBounded(text: string, start: number, end: number): boolean {
  const first = text[start] ?? "";
  const last = text[end - 1] ?? "";
  const before = text[start - 1] ?? "";
  const after = text[end] ?? "";
  if (ASCII_WORD.test(first) && ASCII_WORD.test(before)) return false;
  if (ASCII_WORD.test(last) && ASCII_WORD.test(after)) return false;
  if (last === "部" && after === "门") return false;
  return true;
}

/**
 * Input: normalised text and the gazetteer. Output: one mention per occurrence of any known
 * surface form, resolved to the entry's canonical name. Overlapping matches are all returned.
 */
export function findGazetteerMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const all = surfaces(gazetteer);
  const mentions: Mention[] = [];
  for (let start = 0; start < text.length; start++) {
    for (const surface of wordsAt(text, start, all)) {
      const end = start + surface.length;
      const entry = gazetteer.bySurface.get(surface);
      if (!entry || !isWordBounded(text, start, end)) continue;
      mentions.push({ start, end, surface, entity: { label: entry.label, name: entry.name }, source: "gazetteer" });
    }
  }
  return mentions;
}
