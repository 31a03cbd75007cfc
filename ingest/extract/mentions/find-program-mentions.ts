/** Discovers program names the gazetteer lacks: “…” names with or without a program word, and phrases ending in one. */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";
import { longestWordAt } from "../word-index";
import { findCountedLists } from "./find-counted-lists";
import { distributedItems, followsAsName, phraseStart, suffixAt } from "./program-phrase";

const QUOTED = /“([^“”\n]{2,24})”/g;
const MIN_CORE = 3;
/** A quoted slogan inside a name needs at least this much name before it. */
const MIN_QUALIFIER = 4;
const NUMERALS = /[一二三四五六七八九十两百千万亿个项\d]/g;
/** At most this many other characters with a numeral make a counter or slogan: “四个一”, “三步走”, “六稳”. */
const MAX_SLOGAN_WORDS = 2;

/** Slogans and counters in quotes are not programs: “四个一”, “十三五”, “三步走”, “能力提升年”. */
function notAName(core: string): boolean {
  const numerals = core.match(NUMERALS)?.length ?? 0;
  if (numerals > 0 && core.length - numerals <= MAX_SLOGAN_WORDS) return true;
  return /[，,、；;:：]|年$/.test(core);
}
/** Extra words a quoted name may carry after its closing quote (“两学一做”学习教育, “领跑者”行动). */
const QUOTE_TAILS = ["学习教育", "活动", "改革", "行动", "企业", "平台"];
/** A quoted year-campaign is a name when an action word precedes and 活动 follows: 开展“质量提升年”活动 (a bare “…年” is a slogan). */
const YEAR_CAMPAIGN = /年$/;

function knownProgram(name: string, gazetteer: Gazetteer): Mention["entity"] | undefined {
  const entry = gazetteer.bySurface.get(name);
  return entry ? { label: entry.label, name: entry.name } : undefined;
}

function leadingSuffix(text: string, words: string[]): string | undefined {
  return longestWordAt(text, 0, words);
}

/** The words a quoted name ends a list with: “A”、“B”等重大科技专项 → every item is a program. */
function listTail(text: string, close: number, gazetteer: Gazetteer): boolean {
  let at = close;
  while (text.startsWith("、“", at)) {
    const next = text.indexOf("”", at + 2);
    if (next < 0) return false;
    at = next + 1;
  }
  if (text[at] === "等") at++;
  return leadingSuffix(text.slice(at, at + 8), gazetteer.lexicon.programSuffixes) !== undefined && at > close;
}

/** A quoted name right after an action word (“推行“制造业再造”", "举办“…研修班”"). */
function afterActionWord(text: string, start: number, gazetteer: Gazetteer): boolean {
  // The aspect particle does not separate verb and object: "启动了“…”".
  const before = text.slice(Math.max(0, start - 5), start).replace(/了$/, "");
  return gazetteer.lexicon.quoteVerbs.some((w) => before.endsWith(w));
}

function ownSuffix(core: string, gazetteer: Gazetteer): string | undefined {
  return [...gazetteer.lexicon.programSuffixes].sort((a, b) => b.length - a.length).find((s) => core.endsWith(s) && core.length > s.length);
}

function quotedMention(match: RegExpMatchArray, text: string, gazetteer: Gazetteer): Mention | undefined {
  const core = (match[1] ?? "").trim();
  const start = match.index ?? 0;
  const close = start + match[0].length;
  const known = knownProgram(core, gazetteer) ?? knownProgram(match[0], gazetteer);
  if (known && known.label !== "Program") return undefined;
  const tail = leadingSuffix(text.slice(close, close + 8), gazetteer.lexicon.programSuffixes) ?? leadingSuffix(text.slice(close, close + 8), QUOTE_TAILS);
  const yearCampaign = tail === "活动" && YEAR_CAMPAIGN.test(core) && !notAName(core.slice(0, -1)) && afterActionWord(text, start, gazetteer);
  if (!known && notAName(core) && !yearCampaign) return undefined;
  const own = gazetteer.lexicon.programSuffixes.some((s) => core.endsWith(s) && core.length > s.length);
  const acted = afterActionWord(text, start, gazetteer) && followsAsName(text, close, gazetteer);
  const accepted = known || tail || own || listTail(text, close, gazetteer) || acted;
  if (!accepted) return undefined;
  const end = close + (tail?.length ?? 0);
  const entity = known ?? { label: "Program" as const, name: core };
  const bare = own ? core.slice(0, core.length - (ownSuffix(core, gazetteer)?.length ?? 0)) : undefined;
  const aliases = tail ? [core + tail, text.slice(start, end)] : bare && bare.length >= MIN_CORE ? [core, bare] : [core];
  return { start, end, surface: text.slice(start, end), entity, source: "quote", aliases };
}

function suffixLength(name: string, gazetteer: Gazetteer): number {
  return ownSuffix(name, gazetteer)?.length ?? 0;
}

/** A name ending in an event word (大会) needs a proper start: "2020中国…大会" is an event, "职工代表大会" a meeting. */
function properEvent(name: string, gazetteer: Gazetteer): boolean {
  const { eventSuffixes, eventPrefixes } = gazetteer.lexicon;
  if (!eventSuffixes.some((s) => name.endsWith(s))) return true;
  const core = name.replace(/^(?:19|20)\d{2}年?/, "");
  return eventPrefixes.some((p) => core.startsWith(p));
}

function suffixMention(text: string, start: number, end: number, gazetteer: Gazetteer, aliases?: string[]): Mention | undefined {
  const name = text.slice(start, end);
  if (new Set(gazetteer.lexicon.genericPhrases).has(name) || /工作$/.test(name)) return undefined;
  // “三步走”战略: a quoted slogan before a program word is still a slogan; stray quotes are debris.
  // A slogan may qualify a longer name, though: 转型升级“6+1”专项行动, 消费品工业“三品”战略.
  const quotes = [...name.matchAll(/“([^“”]*)”/g)].filter((q) => q.index < MIN_QUALIFIER).map((q) => q[1] ?? "");
  if (quotes.some((q) => notAName(q)) || name.replace(/“[^“”]*”/g, "").search(/[“”]/) >= 0) return undefined;
  if (gazetteer.lexicon.documentGenericParts.some((g) => name.includes(g))) return undefined;
  if (!properEvent(name, gazetteer) || gazetteer.lexicon.technologyTerms.some((t) => name.endsWith(t))) return undefined;
  // "…和应用示范": a program word after a joint ends a list of activities, not a name.
  if (/[和与及]$/.test(text.slice(start, end - suffixLength(name, gazetteer)))) return undefined;
  const entity = knownProgram(name, gazetteer) ?? { label: "Program" as const, name };
  return entity.label === "Program" ? { start, end, surface: name, entity, source: "suffix", aliases } : undefined;
}

/** "制造强国和网络强国战略": when both sides (with the suffix) are known programs, two mentions. */
function splitKnownPair(m: Mention, suffix: string, text: string, gazetteer: Gazetteer): Mention[] {
  const joint = m.surface.search(/[和与及]/);
  if (joint <= 0) return [m];
  const left = knownProgram(m.surface.slice(0, joint), gazetteer) ?? knownProgram(m.surface.slice(0, joint) + suffix, gazetteer);
  const right = knownProgram(m.surface.slice(joint + 1), gazetteer);
  if (!left || !right) return [m];
  const split = m.start + joint;
  return [
    { ...m, end: split, surface: text.slice(m.start, split), entity: left },
    { ...m, start: split + 1, surface: text.slice(split + 1, m.end), entity: right },
  ];
}

function suffixMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  let lastEnd = 0;
  for (let i = 0; i < text.length; i++) {
    const suffix = suffixAt(text, i, gazetteer);
    if (!suffix) continue;
    const end = i + suffix.length;
    i = end - 1;
    if (!followsAsName(text, end, gazetteer)) continue;
    for (const item of distributedItems(text, end - suffix.length, gazetteer)) {
      const name = text.slice(item.start, item.end) + suffix;
      const m = suffixMention(text, item.start, item.end, gazetteer, [name]);
      if (m) mentions.push({ ...m, entity: knownProgram(name, gazetteer) ?? { label: "Program", name } });
    }
    // A name never reaches back over the program before it ("…“三品”战略示范试点").
    const start = Math.max(phraseStart(text, end - suffix.length, gazetteer), lastEnd);
    const m = end - suffix.length - start >= MIN_CORE ? suffixMention(text, start, end, gazetteer) : undefined;
    if (m) mentions.push(...splitKnownPair(m, suffix, text, gazetteer));
    lastEnd = end;
  }
  return mentions;
}

/**
 * Input: text, gazetteer. Output: candidate Program mentions — “X” followed by or ending in a
 * program word (“宽带中国”战略, “全面成本管理工程”), in a quoted list ending in one, right after
 * an action word, or known to the gazetteer; unquoted phrases ending in a program word (工程,
 * 专项行动, 试点 …) cut after the last action word; "A、B等试点" as A试点, B试点; and the items
 * of a list closed by a count of programs (“五工程”).
 */
export function findProgramMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const quoted = [...text.matchAll(QUOTED)].flatMap((m) => quotedMention(m, text, gazetteer) ?? []);
  // Counted names first: on an equal span "转型升级专项行动" wins over "转型升级6项专项行动".
  return [...quoted, ...findCountedLists(text, gazetteer), ...suffixMentions(text, gazetteer)];
}
