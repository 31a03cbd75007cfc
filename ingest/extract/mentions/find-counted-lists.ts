/** Programs named with a count: the items of "实施A、B、C“三大工程”", and "转型升级6项专项行动" (转型升级专项行动). */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";
import { longestWordAt } from "../word-index";
import { followsAsName, phraseStart } from "./program-phrase";

/** A count of programs right after a list: “五工程”, 三大工程, 等“两大行动”. */
const COUNTED = /等?“?[两二三四五六七八九十]+大?(?:工程|行动|专项行动|战略|计划|专项)”?/g;
/** A count of programs inside a name, between its topic and its program word: "转型升级6项专项行动". */
const COUNT_IN_NAME = /(?:\d+|[两二三四五六七八九十]+)项/g;
const MIN_ITEM = 3;
const MAX_ITEMS = 12;

/** The 、-separated items that end at `end`, first to last; none unless there are at least two. */
function listItems(text: string, end: number, gazetteer: Gazetteer): Array<{ start: number; end: number }> {
  const items: Array<{ start: number; end: number }> = [];
  let itemEnd = end;
  while (items.length < MAX_ITEMS) {
    const start = phraseStart(text, itemEnd, gazetteer);
    if (itemEnd - start < MIN_ITEM) break;
    items.push({ start, end: itemEnd });
    if (text[start - 1] !== "、") break;
    itemEnd = start - 1;
  }
  return items.length > 1 && text[items[items.length - 1]!.start - 1] !== "、" ? items.reverse() : [];
}

/** "转型升级6项专项行动": one program named by its topic and program word, the count left out. */
function countedNames(text: string, gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  for (const m of text.matchAll(COUNT_IN_NAME)) {
    const after = m.index + m[0].length;
    const suffix = longestWordAt(text, after, gazetteer.lexicon.programSuffixes);
    const start = phraseStart(text, m.index, gazetteer);
    if (!suffix || m.index - start < MIN_ITEM || !followsAsName(text, after + suffix.length, gazetteer)) continue;
    const name = text.slice(start, m.index) + suffix;
    mentions.push({ start, end: after + suffix.length, surface: text.slice(start, after + suffix.length), entity: { label: "Program", name }, source: "suffix", aliases: [name] });
  }
  return mentions;
}

/**
 * Input: text, gazetteer. Output: a Program mention for each item of a "、" list that a count of
 * programs closes (“五工程”, 三大工程): the count says that every item is one; known names keep
 * their gazetteer entity. Also one mention for a name with a count inside ("转型升级6项专项行动").
 */
export function findCountedLists(text: string, gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = countedNames(text, gazetteer);
  for (const m of text.matchAll(COUNTED)) {
    for (const item of listItems(text, m.index, gazetteer)) {
      const name = text.slice(item.start, item.end);
      const known = gazetteer.bySurface.get(name);
      if (known && known.label !== "Program") continue;
      mentions.push({ start: item.start, end: item.end, surface: name, entity: { label: "Program", name: known?.name ?? name }, source: "suffix" });
    }
  }
  return mentions;
}
