/** The outlet a news item comes from: "来源：某某日报", "据某某网报道", "某某网讯", "某某社北京3月1日电". */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";

/** After a source cue: a colon, then the name, possibly in quotes ("图片来源:“某某微报”公众号"). */
const SOURCE_NAME = /^[:：]\s*“?([\u4e00-\u9fff]{2,12})(?![\u4e00-\u9fff])/;
/** A dateline at the start of a line: "某某网讯 3月5日", "某某网财经3月5日讯" (讯 then a break or a date). */
const NEWS_DATELINE = /(?:^|\n)\s*([\u4e00-\u9fff]{2,8}?)(?:\d{1,2}月\d{1,2}日)?讯(?=[\s,，:：(（]|\d)/g;
/** "某某社北京3月5日电": an agency, a place and a date before 电 (电 alone also ends 无线电). */
const WIRE_DATELINE = /(?:^|\n)\s*([\u4e00-\u9fff]{1,8}?社)[\u4e00-\u9fff]{2,3}\d{1,2}月\d{1,2}日电/g;
/** "某某网 记者 张三": an outlet named before 记者 at the start of a line. */
const BYLINE = /(?:^|\n)\s*([\u4e00-\u9fff]{2,8})\s+记者/g;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A source the gazetteer lacks and that is not a generic phrase ("有关部门", "本报"). */
function sourceMention(name: string, start: number, gazetteer: Gazetteer): Mention[] {
  const generic = gazetteer.lexicon.genericPhrases.includes(name) || gazetteer.lexicon.documentGenericParts.some((g) => name.includes(g));
  if (generic) return [];
  const known = gazetteer.bySurface.get(name);
  if (known && known.label !== "Organization") return [];
  return [{ start, end: start + name.length, surface: name, entity: { label: "Organization", name: known?.name ?? name }, source: known ? "gazetteer" : "suffix" }];
}

/** Names matched by a pattern whose first group is the outlet. */
function grouped(text: string, pattern: RegExp, gazetteer: Gazetteer): Mention[] {
  return [...text.matchAll(pattern)].flatMap((m) => {
    const name = m[1] ?? "";
    return sourceMention(name, m.index + m[0].indexOf(name), gazetteer);
  });
}

/**
 * Input: text, gazetteer. Output: Organization mentions of news outlets: after 来源/稿件来源 and a
 * colon, between 据 and 消息/报道, in a dateline at the start of a line (…讯, …电), or before 记者
 * in a byline. Outlets the gazetteer knows keep their canonical names.
 */
export function findNewsSources(text: string, gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  for (const cue of gazetteer.lexicon.sourceCues) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
      const m = SOURCE_NAME.exec(text.slice(at + cue.length, at + cue.length + 20));
      if (m?.[1]) mentions.push(...sourceMention(m[1], at + cue.length + m[0].length - m[1].length, gazetteer));
    }
  }
  mentions.push(...grouped(text, NEWS_DATELINE, gazetteer), ...grouped(text, WIRE_DATELINE, gazetteer), ...grouped(text, BYLINE, gazetteer));
  const reports = gazetteer.lexicon.reportCues.map(escape).join("|");
  if (reports) mentions.push(...grouped(text, new RegExp(`据([\u4e00-\u9fff]{2,10}?)(?:${reports})`, "g"), gazetteer));
  return mentions;
}
