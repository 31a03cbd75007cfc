/** Cited titles: 《…》 names a document — or an initiative when the title is one (《中国制造2025》, 《…行动计划》). */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";

const TITLE = /《([^《》\n]{2,80})》/g;
/** A trailing edition or period: "(2016-2020年)", "(2016版)", "(修订)", "2017-2020". */
const TRAILING_PERIOD = /(?:\s*[(（][^()（）]{1,16}[)）]|\s*\d{4}\s*[-—–~]\s*\d{4}年?)$/;
const SHORT_TITLE_MAX = 4;

/** The title without its trailing period or edition, when it has one. */
export function titleCore(title: string): string {
  return title.replace(TRAILING_PERIOD, "").trim();
}

function isProgramTitle(title: string, gazetteer: Gazetteer): boolean {
  const known = gazetteer.bySurface.get(title) ?? gazetteer.bySurface.get(titleCore(title));
  if (known) return known.label === "Program";
  const core = titleCore(title);
  return gazetteer.lexicon.programTitleSuffixes.some((s) => core.endsWith(s));
}

/** 《规划》, 《条例》: a short form of a full title cited nearby; the nearest one before, else after. */
function expandShortTitle(short: string, at: number, fulls: Array<{ title: string; start: number }>): string | undefined {
  const candidates = fulls.filter((f) => f.title !== short && titleCore(f.title).endsWith(short));
  const before = candidates.filter((f) => f.start < at).pop();
  return (before ?? candidates[0])?.title;
}

/** Titles that name a programme, paper or channel somewhere in the text ("做客《…》", "《…》记者"): media, not documents. */
function mediaTitles(text: string, titles: Array<{ title: string; start: number; end: number }>, gazetteer: Gazetteer): Set<string> {
  const { mediaCuesBefore, mediaCuesAfter } = gazetteer.lexicon;
  const media = titles.filter((t) => mediaCuesBefore.some((c) => text.slice(0, t.start).endsWith(c)) || mediaCuesAfter.some((c) => text.startsWith(c, t.end)));
  return new Set(media.map((t) => t.title));
}

/**
 * Input: text, gazetteer. Output: one mention per 《…》 (span includes the marks), labelled Program
 * when the gazetteer knows it as one or it ends like an initiative, else Document; short forms
 * (《规划》) resolve to the full title they abbreviate; a title the text also uses as a media name
 * (做客《…》) is none.
 */
export function findTitleMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const all = [...text.matchAll(TITLE)].map((m) => ({ title: (m[1] ?? "").trim(), start: m.index, end: m.index + m[0].length, surface: m[0] }));
  const media = mediaTitles(text, all, gazetteer);
  const raw = all.filter((r) => !media.has(r.title));
  const fulls = raw.filter((r) => r.title.length > SHORT_TITLE_MAX);
  return raw.map((r) => {
    const full = r.title.length <= SHORT_TITLE_MAX ? (expandShortTitle(r.title, r.start, fulls) ?? r.title) : r.title;
    const known = gazetteer.bySurface.get(full) ?? gazetteer.bySurface.get(titleCore(full));
    const label = isProgramTitle(full, gazetteer) ? "Program" : "Document";
    const name = known && known.label === label ? known.name : full;
    const aliases = [r.title, titleCore(full)].filter((a) => a !== name);
    return { start: r.start, end: r.end, surface: r.surface, entity: { label, name }, source: "title", aliases };
  });
}
