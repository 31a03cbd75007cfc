/** Documents named without 《》: "推动出台化解产能严重过剩矛盾的指导意见", "研究制定工业投资指南". */
import type { Gazetteer } from "../gazetteer/load-gazetteer";
import type { Mention } from "./extraction-types";

const MAX_TITLE = 40;
const MIN_TITLE = 6;
const PHRASE = /^[\u4e00-\u9fffA-Za-z0-9()“”]+/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The longest document suffix the phrase ends with, or undefined. */
function endsAsDocument(phrase: string, suffixes: string[]): boolean {
  return suffixes.some((s) => phrase.endsWith(s) && phrase.length > s.length);
}

/** Cuts the phrase after its last document suffix (the verb's object may run on: "…指南，引导…"). */
function lastTitleIn(phrase: string, suffixes: string[]): string | undefined {
  for (let end = phrase.length; end >= MIN_TITLE; end--) {
    const candidate = phrase.slice(0, end);
    if (endsAsDocument(candidate, suffixes)) return candidate;
  }
  return undefined;
}

/**
 * Input: text, gazetteer. Output: Document mentions for phrases that follow an issuing verb
 * (出台, 制定, 印发, 发布, 编制 …) and end like a document (意见, 规划, 指南, 目录, 办法 …),
 * skipping generic objects ("制定具体实施方案") and anything inside 《》.
 */
export function findDocumentMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const { documentVerbs, documentSuffixes, documentGenericStarts } = gazetteer.lexicon;
  const verbs = new RegExp([...documentVerbs].sort((a, b) => b.length - a.length).map(escape).join("|"), "g");
  const mentions: Mention[] = [];
  for (const match of text.matchAll(verbs)) {
    const start = match.index + match[0].length;
    if (text[start] === "《" || text[start] === "“") continue;
    const phrase = PHRASE.exec(text.slice(start, start + MAX_TITLE))?.[0] ?? "";
    const title = lastTitleIn(phrase, documentSuffixes);
    if (!title || title.length < MIN_TITLE || documentGenericStarts.some((g) => title.startsWith(g))) continue;
    mentions.push({ start, end: start + title.length, surface: title, entity: { label: "Document", name: title }, source: "document" });
  }
  return mentions;
}
