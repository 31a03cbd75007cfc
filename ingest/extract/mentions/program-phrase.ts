/** Where an unquoted program name starts and ends: the phrase rules behind find-program-mentions. */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import { longestWordAt } from "../word-index";

export const MAX_CORE = 20;
/** The shortest core that a coordinated item needs to be a name by itself. */
const MIN_ITEM = 3;
/** Characters a program name is made of; anything else ends the phrase. */
export const PHRASE_BREAK = /[^\u4e00-\u9fffA-Za-z0-9+()“”]/;
/** "46家", "近100个", "第二届", "2017年", "90个左右": counts and dates before a name are not part of it. */
const QUANTITY = /[一二三四五六七八九十]+是|(?:近|约|超过)?\d+(?:\.\d+)?(?:家|个|项|批|届|次|所|类|种|座|万|亿)(?:左右|以上)?|第[一二三四五六七八九十\d]+(?:批|届|次|期|个)|(?:19|20)\d{2}年度?/g;
/** A QUANTITY match that is a year alone, which may belong inside a name. */
const YEAR = /^(?:19|20)\d{2}年度?$/;

/** The suffix starting at `i`, extended through overlapping and adjacent suffixes ("试点示范" + "示范园区" → "试点示范园区"). */
export function suffixAt(text: string, i: number, gazetteer: Gazetteer): string | undefined {
  const suffixes = gazetteer.lexicon.programSuffixes;
  const first = longestWordAt(text, i, suffixes);
  if (!first) return undefined;
  let end = i + first.length;
  // Overlapping or adjacent program words make one ending: "试点示范"+"示范园区", "示范城市"+"试点".
  for (let p = i + 1; p <= end; p++) {
    const next = longestWordAt(text, p, suffixes);
    if (next && p + next.length > end) end = p + next.length;
  }
  return text.slice(i, end);
}

/** The offset after the last boundary word, list joint or quantity inside `window`. */
function cutPoint(window: string, gazetteer: Gazetteer): number {
  const { boundaryWords, programSuffixes, listEndWords, listJoints } = gazetteer.lexicon;
  let cut = 0;
  // Left to right, longest word first, so that "推进行业" reads 推进|行业, not 推|进行|业.
  for (let p = 0; p < window.length; p++) {
    const word = longestWordAt(window, p, boundaryWords);
    if (word) {
      cut = Math.max(cut, p + word.length);
      p += word.length - 1;
      continue;
    }
    // A coordinated list: "…工程和战略性新兴产业发展专项" starts after the 和; not when what follows
    // is too short to be a name of its own ("5G规模组网建设及应用示范工程" shares its 示范工程).
    const item = window.length - p - 1 >= MIN_ITEM;
    if (item && listJoints.includes(window[p] as string) && [...programSuffixes, ...listEndWords].some((w) => window.slice(0, p).endsWith(w))) {
      cut = Math.max(cut, p + 1);
    }
  }
  for (const m of window.matchAll(QUANTITY)) {
    const end = m.index + m[0].length;
    // "网络安全2019年专项行动": a year right before the program word is part of the name when a topic precedes it.
    if (end === window.length && YEAR.test(m[0]) && m.index - cut >= MIN_ITEM) continue;
    cut = Math.max(cut, end);
  }
  return cut;
}

function stripLeading(name: string, gazetteer: Gazetteer): number {
  const words = gazetteer.lexicon.leadingWords;
  let at = 0;
  for (let word = longestWordAt(name, at, words); word; word = longestWordAt(name, at, words)) at += word.length;
  return at;
}

/**
 * Where the name whose suffix starts at `coreEnd` begins: after the last phrase break, boundary
 * word ("实施"), list joint ("…工程和") or count ("46家"), then past leading words ("建设").
 */
export function phraseStart(text: string, coreEnd: number, gazetteer: Gazetteer): number {
  let start = coreEnd;
  while (start > 0 && coreEnd - start < MAX_CORE && !PHRASE_BREAK.test(text[start - 1] as string)) start--;
  const cut = start + cutPoint(text.slice(start, coreEnd), gazetteer);
  // "钢铁、有色等行业绿色化改造试点": after a list, the category word names the list, not the program.
  const category = text[cut - 1] === "等" ? (longestWordAt(text, cut, gazetteer.lexicon.listCategoryWords)?.length ?? 0) : 0;
  const from = cut + category;
  return from + stripLeading(text.slice(from, coreEnd), gazetteer);
}

/** A count after a name ("认定…示范平台150家") closes it: the number counts the program's units. */
const COUNT_AFTER = /^\d+(?:\.\d+)?(?:家|个|项|批|所|座|户|余家|多家)/;

/** A name ends where a phrase ends, a count follows, or one of the words that follow names begins ("…工程建设"). */
export function followsAsName(text: string, end: number, gazetteer: Gazetteer): boolean {
  const next = text[end];
  if (next === undefined || PHRASE_BREAK.test(next) || COUNT_AFTER.test(text.slice(end, end + 8))) return true;
  return longestWordAt(text, end, gazetteer.lexicon.programFollowers) !== undefined;
}

/** "A、B、C等试点": the listed items before 等, each of which takes the suffix. */
export function distributedItems(text: string, suffixStart: number, gazetteer: Gazetteer): Array<{ start: number; end: number }> {
  if (text[suffixStart - 1] !== "等") return [];
  const items: Array<{ start: number; end: number }> = [];
  let end = suffixStart - 1;
  for (;;) {
    const start = phraseStart(text, end, gazetteer);
    if (end - start < 2) break;
    items.push({ start, end });
    if (text[start - 1] !== "、") break;
    end = start - 1;
  }
  return items.length > 1 ? items.reverse() : [];
}
