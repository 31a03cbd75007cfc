/** Splits sections into sentences and dates each: year headings, "2016年，…", "今年以来", "明年" move the year. */
import type { Gazetteer } from "../gazetteer/load-gazetteer";
import type { DocumentMeta, Section, Sentence } from "./extraction-types";

const SENTENCE_END = /[。！？；!?;]/;
/** "2016年，…", "会议指出，2013年是…": a year near the start that is not a date or a deadline. */
const LEADING_YEAR = /^[^，。,:：]{0,6}?(?<!到|至|截至|力争|截止)((?:19|20)\d{2})年(?!\d{1,2}月|底|末|前|以前|之前)/;

function splitLine(section: Section): Array<{ start: number; end: number; text: string }> {
  const parts: Array<{ start: number; end: number; text: string }> = [];
  let from = 0;
  for (let i = 0; i < section.text.length; i++) {
    const ch = section.text[i] as string;
    if (SENTENCE_END.test(ch) || i === section.text.length - 1) {
      const raw = section.text.slice(from, i + 1);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text.length > 0) parts.push({ start: section.start + from + lead, end: section.start + from + lead + text.length, text });
      from = i + 1;
    }
  }
  return parts;
}

interface YearState {
  year?: number;
}

/** The year a sentence moves the document to, if it says one. */
function yearSignal(text: string, state: YearState, meta: DocumentMeta, gazetteer: Gazetteer): number | undefined {
  const lead = LEADING_YEAR.exec(text);
  if (lead?.[1]) return Number(lead[1]);
  if (meta.year === undefined) return undefined;
  const { nextYearCues, currentYearCues } = gazetteer.lexicon;
  if (nextYearCues.some((cue) => text.includes(cue))) return meta.year + 1;
  // A forward-looking passage names the coming year ("到2014年底前…") while still dated in the report's year.
  if (state.year === meta.year && text.includes(`${meta.year + 1}年`)) return meta.year + 1;
  if (currentYearCues.some((cue) => text.startsWith(cue))) return meta.year;
  return undefined;
}

/**
 * Input: sections (lines with owners), meta, gazetteer. Output: sentences with offsets into the
 * text, the owner of their section and the year their actions belong to. A new owner's section
 * starts in the document's year; a year heading or a sentence opening with a year sets the year
 * until the next signal; "明年" is the year after the document's.
 */
export function splitSentences(sections: Section[], meta: DocumentMeta, gazetteer: Gazetteer): Sentence[] {
  const state: YearState = { year: meta.year };
  const sentences: Sentence[] = [];
  let owner: Section["owner"];
  for (const section of sections) {
    if (section.owner !== owner) state.year = meta.year;
    owner = section.owner;
    for (const part of splitLine(section)) {
      state.year = yearSignal(part.text, state, meta, gazetteer) ?? state.year;
      sentences.push({ ...part, owner: section.owner, year: state.year });
    }
  }
  return sentences;
}
