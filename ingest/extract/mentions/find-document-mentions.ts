/** Documents named without 《》: "推动出台化解产能严重过剩矛盾的指导意见", "研究制定工业投资指南". */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";
import { longestWordAt } from "../word-index";
import { findCitedReferences } from "./find-cited-references";
import { findPeriodPlans } from "./find-period-plans";

const MAX_TITLE = 40;
const MIN_TITLE = 6;
const PHRASE = /^[\u4e00-\u9fffA-Za-z0-9()][\u4e00-\u9fffA-Za-z0-9()“”]*/;

/** The longest prefix of the phrase that ends like a document ("…指南，引导…" → "…指南"). */
function lastTitleIn(phrase: string, suffixes: string[]): string | undefined {
  for (let end = phrase.length; end >= MIN_TITLE; end--) {
    const candidate = phrase.slice(0, end);
    if (suffixes.some((s) => candidate.endsWith(s) && candidate.length > s.length)) return candidate;
  }
  return undefined;
}

/** The phrase up to the next issuing verb: "根据实际情况制定具体实施方案" stops before 制定. */
function untilNextVerb(phrase: string, verbs: string[]): string {
  for (let i = 1; i < phrase.length; i++) if (longestWordAt(phrase, i, verbs)) return phrase.slice(0, i);
  return phrase;
}

/** "A规划和B规划": two titles joined by 和 when the first already ends like a document. */
function splitJoined(title: string, start: number, gazetteer: Gazetteer): Array<{ title: string; start: number }> {
  const { documentSuffixes, programSuffixes } = gazetteer.lexicon;
  for (let i = title.indexOf("和"); i > 0; i = title.indexOf("和", i + 1)) {
    const left = title.slice(0, i);
    const right = { title: title.slice(i + 1), start: start + i + 1 };
    if (documentSuffixes.some((s) => left.endsWith(s))) return [{ title: left, start }, right];
    // "国家区域发展总体战略和全国主体功能区规划": the left side is a program, found elsewhere.
    if (programSuffixes.some((s) => left.endsWith(s))) return [right];
  }
  return [{ title, start }];
}

function titleAt(text: string, start: number, gazetteer: Gazetteer): { title: string; start: number } | undefined {
  const { documentVerbs, documentSuffixes, documentLeadingWords } = gazetteer.lexicon;
  const phrase = untilNextVerb(PHRASE.exec(text.slice(start, start + MAX_TITLE))?.[0] ?? "", documentVerbs);
  const lead = longestWordAt(phrase, 0, documentLeadingWords)?.length ?? 0;
  const title = lastTitleIn(phrase.slice(lead), documentSuffixes);
  return title ? { title, start: start + lead } : undefined;
}

function acceptable(title: string, gazetteer: Gazetteer): boolean {
  const { documentGenericStarts, documentGenericParts } = gazetteer.lexicon;
  return title.length >= MIN_TITLE && !documentGenericStarts.some((g) => title.startsWith(g)) && !documentGenericParts.some((g) => title.includes(g));
}

/** An official title line: "[issuer]关于[matter]的[genre]" ("工业和信息化部 财政部关于开展…试点工作的通知"). */
const OFFICIAL_TITLE = /^[^\s。，,；;:：]{0,40}(?:\s[^\s。，,；;:：]{1,20})*关于[^。\n]{2,80}的(?:通知|意见|决定|通告|公告|批复|函|报告|规定|办法)$/;
const TITLE_LINES = 15;

/** The document's own title, when one of its opening lines is an official title: the text names itself. */
function ownTitle(text: string): Mention[] {
  let start = 0;
  for (const line of text.split("\n").slice(0, TITLE_LINES)) {
    const title = line.trim();
    if (OFFICIAL_TITLE.test(title)) {
      const at = start + line.indexOf(title);
      return [{ start: at, end: at + title.length, surface: title, entity: { label: "Document", name: title }, source: "document" }];
    }
    start += line.length + 1;
  }
  return [];
}

interface IssuingVerbs {
  /** Strong and weak verbs as one stable list, so that word-index builds its index once. */
  all: string[];
  /** The same words, longest first, as one alternation. */
  pattern: RegExp;
}

/** The issuing verbs, built with the gazetteer: they are tested after every verb match of every document. */
function issuingVerbs(gazetteer: Gazetteer): IssuingVerbs {
  return gazetteer.derived.issuingVerbs;
}

/**
 * Input: text, gazetteer. Output: the document's own official title, and Document mentions for phrases that follow an issuing verb
 * (出台, 制定, 印发, 落实 …) and end like a document (意见, 规划, 指南, 目录, 办法 …), also the
 * next items of a "、" list and both sides of "A规划和B规划"; generic objects are skipped; five-year plans without 《》;
 * speech titles after 题为 and "X号文件".
 */
export function findDocumentMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const verbs = issuingVerbs(gazetteer);
  const mentions: Mention[] = ownTitle(text);
  for (const match of text.matchAll(verbs.pattern)) {
    let at = match.index + match[0].length;
    if (text[at] === "《" || longestWordAt(text, at, verbs.all)) continue;
    for (let found = titleAt(text, at, gazetteer); found; found = text[at] === "、" ? titleAt(text, at + 1, gazetteer) : undefined) {
      at = found.start + found.title.length;
      for (const part of splitJoined(found.title, found.start, gazetteer).filter((p) => acceptable(p.title, gazetteer))) {
        mentions.push({ start: part.start, end: part.start + part.title.length, surface: part.title, entity: { label: "Document", name: part.title }, source: "document" });
      }
    }
  }
  return [...mentions, ...findPeriodPlans(text, gazetteer), ...findCitedReferences(text)];
}
