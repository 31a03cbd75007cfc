/** Provinces and municipalities named as actors ("联合黑龙江省举办", "与河南、贵州、广西等省区签订"). */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";
import { longestWordAt } from "../word-index";


/**
 * Input: text, gazetteer (regions: short and full names). Output: an Organization mention per
 * region name, under the region's full name. Not entities by themselves: the collaboration
 * stage uses them as partners, which makes them entities.
 */
export function findRegionMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  for (const region of gazetteer.regions) {
    for (let at = text.indexOf(region.short); at >= 0; at = text.indexOf(region.short, at + 1)) {
      const full = text.startsWith(region.full, at) ? region.full : undefined;
      const suffix = full ? "" : gazetteer.lexicon.regionLevels.find((s) => text.startsWith(region.short + s, at));
      const surface = full ?? region.short + (suffix ?? "");
      mentions.push({ start: at, end: at + surface.length, surface, entity: { label: "Organization", name: region.full }, source: "region", aliases: [region.short] });
    }
  }
  return mentions;
}

/** What closes a list of regions that act: "等五省", "等地", "等省市", "等12个省份", or 分别 ("A、B分别介绍…"). */
const LIST_CLOSE = /^(?:等(?:[0-9一二三四五六七八九十几多]+个?)?(?:省区市|省市区|省份|省区|省市|地区|地|省|市|自治区)|分别)/;
const MIN_LISTED = 2;
/** The list must open its clause, where it is the subject ("会上，河北、山西等省发言"); after 在/对/与 … it is a place or a partner. */
const CLAUSE_START = /^$|[，,。；;：:\n\s]$/;

/** The region mention (short or full name) that starts at `at`, if any. */
function regionAt(text: string, at: number, gazetteer: Gazetteer): Mention | undefined {
  const { regionShorts: shorts, regionsByShort: regions } = gazetteer.derived;
  const short = longestWordAt(text, at, shorts);
  const region = short === undefined ? undefined : regions.get(short);
  if (!region) return undefined;
  const full = text.startsWith(region.full, at) ? region.full : undefined;
  const suffix = full ? "" : (gazetteer.lexicon.regionLevels.find((s) => text.startsWith(region.short + s, at)) ?? "");
  const surface = full ?? region.short + suffix;
  return { start: at, end: at + surface.length, surface, entity: { label: "Organization", name: region.full }, source: "region", aliases: [region.short] };
}

/**
 * Input: text, gazetteer. Output: an Organization mention per region in a list of at least two
 * regions that opens a clause and is closed by 等…省/地 ("会上，河北、山西、湖南等五省作交流发言"):
 * as the subject of a clause the provinces act (their governments or departments report), which
 * the guideline counts as Organizations. After 在/对 the same list is only a place ("在北京、上海等地
 * 支持…"), and a region named alone is more often a place too, so both are left out.
 */
export function findRegionLists(text: string, gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  for (let at = 0; at < text.length; at++) {
    let next = regionAt(text, at, gazetteer);
    if (next === undefined) continue;
    const list: Mention[] = [];
    while (next) {
      list.push(next);
      const joint = gazetteer.lexicon.listJoints.find((j) => text.startsWith(j, next?.end ?? 0));
      next = joint ? regionAt(text, next.end + joint.length, gazetteer) : undefined;
    }
    const last = list[list.length - 1];
    if (!last) continue;
    const opensClause = CLAUSE_START.test(text.slice(Math.max(0, at - 1), at));
    if (list.length >= MIN_LISTED && opensClause && LIST_CLOSE.test(text.slice(last.end, last.end + 8))) mentions.push(...list);
    at = last.end - 1;
  }
  return mentions;
}
