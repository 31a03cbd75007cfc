/** Party committees of provinces and cities ("湖北省委常委", "中共某某市委书记"), named as the guideline's Organizations. */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";

const PARTY = "中共";
/** 委 ends the committee's name unless it starts a longer word (委托, 委员, 委派 …). */
const NOT_A_WORD_START = /^(?![托员派屈婉])/;
/** A city, county or district committee is only sure when 中共 opens it: "中共某某市委"; the place is 2–4 characters. */
const LOCAL_COMMITTEE = /中共([\u4e00-\u9fff]{2,4}?[市县区州])委(?![托员派屈婉])/g;

/** "湖北省委", "中共上海市委", "广西壮族自治区委": a province-level committee, written with the level of the region's full name. */
function provincialCommittees(text: string, gazetteer: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  for (const region of gazetteer.regions) {
    const level = region.full.slice(region.short.length);
    if (!level) continue;
    for (const written of new Set([region.full, region.short + level.slice(-1)])) {
      const word = written + "委";
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (!NOT_A_WORD_START.test(text.slice(at + word.length))) continue;
        const start = text.startsWith(PARTY, at - PARTY.length) ? at - PARTY.length : at;
        const end = at + word.length;
        mentions.push({ start, end, surface: text.slice(start, end), entity: { label: "Organization", name: PARTY + region.full + "委" }, source: "region", aliases: [text.slice(start, end)] });
      }
    }
  }
  return mentions;
}

/** "原某省某某市委书记", "、某某市委副书记": without 中共, a city committee is sure only before a party post. */
const CITY_COMMITTEE = /市委(?=书记|副书记|常委)/g;
const CITY_LENGTHS = [2, 3];
/** What may stand right before the city's name: a break, a career word, or (checked apart) a province. */
const CITY_BEFORE = /(?:^|[、，,。；;：:(（\s]|原|任|兼)$/;

/** The city's name before `at`: the shortest of 2–3 characters after a break, a career word or a province. */
function cityBefore(text: string, at: number, gazetteer: Gazetteer): string | undefined {
  for (const length of CITY_LENGTHS) {
    const city = text.slice(at - length, at);
    if (city.length < length || !/^[\u4e00-\u9fff]+$/.test(city) || gazetteer.regions.some((r) => r.short === city)) continue;
    const before = text.slice(Math.max(0, at - length - 4), at - length);
    if (CITY_BEFORE.test(before) || gazetteer.regions.some((r) => before.endsWith(r.short) || before.endsWith(r.full))) return city;
  }
  return undefined;
}

/** City committees written without 中共 (a committee opened by 中共 is found by LOCAL_COMMITTEE). */
function cityCommittees(text: string, gazetteer: Gazetteer): Mention[] {
  return [...text.matchAll(CITY_COMMITTEE)].flatMap((m): Mention[] => {
    const city = cityBefore(text, m.index, gazetteer);
    if (!city) return [];
    const start = m.index - city.length;
    const end = m.index + 2;
    return [{ start, end, surface: text.slice(start, end), entity: { label: "Organization", name: `${PARTY}${city}市委` }, source: "region", aliases: [text.slice(start, end)] }];
  });
}

/**
 * Input: text, gazetteer (regions). Output: Organization mentions of party committees: a
 * province's written "省委"/"市委"/"自治区委" after its name (with or without 中共), under
 * "中共" + the region's full name + "委", city or county committees opened by 中共, and city
 * committees without it before a party post (书记, 常委), after a break, a career word or the province.
 */
export function findPartyCommittees(text: string, gazetteer: Gazetteer): Mention[] {
  const local = [...text.matchAll(LOCAL_COMMITTEE)].map((m): Mention => {
    const surface = m[0];
    return { start: m.index, end: m.index + surface.length, surface, entity: { label: "Organization", name: surface }, source: "region" };
  });
  return [...provincialCommittees(text, gazetteer), ...local, ...cityCommittees(text, gazetteer)];
}
