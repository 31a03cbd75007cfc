/** Splits sections into sentences and dates each: year headings, "2016年，…", "今年以来", "明年" move the year. */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { DocumentMeta, Section, Sentence } from "../extraction-types";
import { readSignatureDate } from "./signature-date";

const SENTENCE_END = new Set(["。", "！", "？", "；", "!", "?", ";"]);
/** "2016年，…", "会议指出，2013年是…": a year near the start that is not a date or a deadline. */
const LEADING_YEAR = /^(?:[^，。,:：]{0,6}?|[^，。,:：]{1,6}[，,:：])(?<!到|至|截至|力争|截止)((?:19|20)\d{2})年(?!\d{1,2}月|底|末|前|以前|之前)/;
/** "2016年8月，…", "2019年3月5日，…": a sentence that opens with a dated month speaks of that year. */
const LEADING_MONTH = /^((?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日)?(?:[上中下]旬|初|底)?[，,]/;
/** "会议认为，今年以来，…": a time cue after a short opening clause still leads the sentence. */
const SHORT_LEAD = /^(?:[^，。,]{0,8}[，,])?/;
/** A year heading: "2017年工作思路", "2013年主要工作和成效" — a short line that starts with a year. */
const YEAR_HEADING = /^((?:19|20)\d{2})年[^。]{0,30}$/;
/** How far back a sentence's own year may lie; later than the next year is a target, not a date. */
const MAX_YEARS_BACK = 10;
/** Where a year is not a forward-looking passage: inside a cited title, a period ("2016-2018年") or an exact date. */
const NOT_A_TARGET = /《[^》]*》|(?:19|20)\d{2}\s*[-—–~至到]\s*(?:19|20)\d{2}年|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日/g;

function splitLine(section: Section): Array<{ start: number; end: number; text: string }> {
  const parts: Array<{ start: number; end: number; text: string }> = [];
  let from = 0;
  for (let i = 0; i < section.text.length; i++) {
    const ch = section.text[i] as string;
    if (SENTENCE_END.has(ch) || i === section.text.length - 1) {
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
  /** The text stated the current year (a heading, a leading year, 今年以来 …), rather than it being the document's. */
  stated?: boolean;
}

/** The year a sentence moves the document to, if it says one. */
function yearSignal(text: string, state: YearState, meta: DocumentMeta, gazetteer: Gazetteer): number | undefined {
  const lead = Number(LEADING_YEAR.exec(text)?.[1] ?? LEADING_MONTH.exec(text)?.[1] ?? NaN);
  if (meta.year === undefined) return Number.isNaN(lead) ? undefined : lead;
  if (lead >= meta.year - MAX_YEARS_BACK && lead <= meta.year + 1) return lead;
  const { nextYearCues, currentYearCues } = gazetteer.lexicon;
  const opened = text.slice(SHORT_LEAD.exec(text)?.[0].length ?? 0);
  if (currentYearCues.some((cue) => text.startsWith(cue) || opened.startsWith(cue))) return meta.year;
  if (nextYearCues.some((cue) => text.includes(cue))) return meta.year + 1;
  const plain = text.replace(NOT_A_TARGET, "");
  // "副部长某某通报2019年工业和通信业运行情况": a past year under review dates the list that follows.
  const reviewed = gazetteer.derived.reviewedYear.map((pattern) => pattern.exec(plain)?.[1]).find((y) => y !== undefined);
  // Not when the sentence also names the report's year: "总结了2024年工作，安排部署2025年任务" plans from the report's year.
  const plansToo = plain.includes(`${meta.year}年`);
  if (reviewed !== undefined && !plansToo && Number(reviewed) < meta.year && Number(reviewed) >= meta.year - MAX_YEARS_BACK) return Number(reviewed);
  // An agenda that reviews the report's year and plans the next ("对2020年工作进行总结，并对2021年…作出安排")
  // leaves the review in the report's year.
  if (plain.includes(`${meta.year}年`) && plain.includes(`${meta.year + 1}年`)) return meta.year;
  // A forward-looking passage names the coming year ("到2014年底前…") while still dated in the report's year.
  // A title's period or a date of entry into force ("新法将于2018年1月1日起施行") is no such passage.
  if (state.year === meta.year && plain.includes(`${meta.year + 1}年`)) return meta.year + 1;
  return undefined;
}

/**
 * The year a section's header, byline and captions speak of: that of the first year heading in
 * the section ("规划司：…" summarises its "2017年工作思路").
 */
function sectionPlanYears(sections: Section[]): Array<number | undefined> {
  const years: Array<number | undefined> = new Array<number | undefined>(sections.length);
  let from = 0;
  for (let i = 0; i <= sections.length; i++) {
    if (i < sections.length && (i === 0 || sameOwner(sections[i]?.owner, sections[i - 1]?.owner))) continue;
    const heading = sections.slice(from, i).map((s) => YEAR_HEADING.exec(s.text)?.[1]).find((y) => y !== undefined);
    for (let k = from; k < i; k++) years[k] = heading === undefined ? undefined : Number(heading);
    from = i;
  }
  return years;
}

function sameOwner(a: Section["owner"], b: Section["owner"]): boolean {
  return a?.label === b?.label && a?.name === b?.name;
}

/** A signature date alone on a line closes an official text ("二○一一年十二月三十日"); its year is the text's. */
function signatureYear(line: string): number | undefined {
  return readSignatureDate(line.trim())?.year;
}

/**
 * The year each line starts from: an official text signed and dated at its end speaks from its
 * signature's year (a forwarded notice and the plan it forwards differ); otherwise the document's.
 */
function baseYears(sections: Section[], year: number | undefined): Array<number | undefined> {
  const signatures = sections.map((s) => signatureYear(s.text));
  const last = [...signatures].reverse().find((y) => y !== undefined);
  const bases: Array<number | undefined> = new Array<number | undefined>(sections.length);
  let next: number | undefined = last ?? year;
  for (let i = sections.length - 1; i >= 0; i--) {
    next = signatures[i] ?? next;
    bases[i] = next;
  }
  return bases;
}

/**
 * Input: sections (lines with owners), meta, gazetteer. Output: sentences with offsets into the
 * text, the owner of their section and the year their actions belong to. A new owner's section
 * starts in the document's year; a year heading or a sentence opening with a year sets the year
 * until the next signal; "明年" is the year after the document's.
 */
export function splitSentences(sections: Section[], meta: DocumentMeta, gazetteer: Gazetteer): Sentence[] {
  const bases = baseYears(sections, meta.year);
  const state: YearState = { year: bases[0], stated: false };
  const sentences: Sentence[] = [];
  let owner: Section["owner"];
  const planYears = sectionPlanYears(sections);
  for (const [i, section] of sections.entries()) {
    if (!sameOwner(section.owner, owner) || bases[i] !== bases[i - 1]) [state.year, state.stated] = [bases[i], false];
    owner = section.owner;
    for (const part of splitLine(section)) {
      if (section.kind !== "body") {
        const year = planYears[i] ?? state.year;
        sentences.push({ ...part, owner: section.owner, ownerMethod: section.ownerMethod, year, yearStated: planYears[i] !== undefined || state.stated === true });
        continue;
      }
      const signal = yearSignal(part.text, state, meta, gazetteer);
      if (signal !== undefined) [state.year, state.stated] = [signal, true];
      sentences.push({ ...part, owner: section.owner, ownerMethod: section.ownerMethod, year: state.year, yearStated: state.stated === true });
    }
  }
  return sentences;
}
