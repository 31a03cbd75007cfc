/** Finds every occurrence of a gazetteer name or alias in the text (overlaps kept; find-mentions resolves them). */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";
import { wordsAt } from "../word-index";

const ASCII_WORD = /[A-Za-z0-9]/;

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

/** A level word before a ministry's short name makes it a local body: "省发改委主任", "市国资委". */
const LOCAL_LEVEL = /[省市县区州]/;

/** A name that says it is national (国家发改委, 国务院国资委) stays national whatever stands before it. */
const NATIONAL_START = /^(?:国家|国务院|中国|中华|中央)/;

function isLocalBody(text: string, start: number, surface: string, label: string): boolean {
  return label === "Ministry" && LOCAL_LEVEL.test(text[start - 1] ?? "") && !NATIONAL_START.test(surface);
}

/**
 * Input: normalised text and the gazetteer. Output: one mention per occurrence of any known
 * surface form, resolved to the entry's canonical name. Overlapping matches are all returned.
 */
export function findGazetteerMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const all = gazetteer.derived.surfaces;
  const mentions: Mention[] = [];
  for (let start = 0; start < text.length; start++) {
    for (const surface of wordsAt(text, start, all)) {
      const end = start + surface.length;
      const entry = gazetteer.bySurface.get(surface);
      if (!entry || !isWordBounded(text, start, end) || isLocalBody(text, start, surface, entry.label)) continue;
      mentions.push({ start, end, surface, entity: { label: entry.label, name: entry.name }, source: "gazetteer" });
    }
  }
  return mentions;
}
