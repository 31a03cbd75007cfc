/**
 * What the extraction stages derive from the gazetteer's lists: built once, when the gazetteer is
 * built, and carried on it (`gazetteer.derived`) instead of each stage keeping a hidden cache.
 * Word lists are kept as stable arrays because word-index builds its index once per array.
 */
import type { GazetteerEntry, Lexicon, Region } from "./load-gazetteer";

/** A rule list keyed by suffix: the suffixes as one list, and the first rule per suffix. */
export interface SuffixLookup<R extends { suffix: string }> {
  words: string[];
  rules: Map<string, R>;
}

export interface DerivedLookups {
  /** Every surface form of the gazetteer's entries (find-gazetteer-mentions). */
  surfaces: string[];
  /** The post titles, and with the career verbs the words that end an org phrase (posts, org discovery). */
  titleWords: string[];
  orgBoundaryWords: string[];
  /** Words that end a person's name: the name stops, the titles written after a name, the speech verbs of two or more characters. */
  nameEndWords: string[];
  /**
   * What may stand before a sentence's subject: opening clauses, 由 after the object it puts first,
   * a time word (subjectTimeWords), a connective (subjectLeadWords) or a date; never 联合/与 (a partner).
   */
  subjectLead: RegExp;
  /** Regions by short name (region lists). */
  regionShorts: string[];
  regionsByShort: Map<string, Region>;
  /** Issuing verbs, strong and weak, and the same longest first as one alternation (document mentions). */
  issuingVerbs: { all: string[]; pattern: RegExp };
  /** A regional or city party committee right before a party title (辽宁省委, 、某某市委). */
  partyCommittee: RegExp;
  orgSuffixes: SuffixLookup<Lexicon["orgSuffixes"][number]>;
  regionalBodySuffixes: SuffixLookup<Lexicon["regionalBodySuffixes"][number]>;
  /** Per review verb, in the lexicon's order: the verb before a year ("通报2019年", split-sentences). */
  reviewedYear: RegExp[];
  /** The names and aliases of ministries other than the home one and of national bureaus (their departments, find-org-mentions). */
  otherMinistrySurfaces: { words: string[]; owners: Map<string, OtherMinistrySurface[]> };
}

/** An entry a surface names, with the entry's place in the gazetteer and the surface's among its names (the order mentions keep). */
export interface OtherMinistrySurface {
  entry: GazetteerEntry;
  entryIndex: number;
  surfaceIndex: number;
}

const NATIONAL = "国家";

/** A ministry other than the home one, or a national bureau it administers (国家烟草专卖局), whose 司 are its own. */
export function isOtherMinistry(entry: GazetteerEntry, homeMinistry: string | undefined): boolean {
  if (entry.label === "Bureau") return entry.name.startsWith(NATIONAL);
  return entry.label === "Ministry" && entry.name !== homeMinistry;
}

function otherMinistrySurfaces(entries: GazetteerEntry[], homeMinistry: string | undefined): DerivedLookups["otherMinistrySurfaces"] {
  const owners = new Map<string, OtherMinistrySurface[]>();
  entries.forEach((entry, entryIndex) => {
    if (!isOtherMinistry(entry, homeMinistry)) return;
    [entry.name, ...entry.aliases].forEach((surface, surfaceIndex) => {
      const list = owners.get(surface);
      if (list) list.push({ entry, entryIndex, surfaceIndex });
      else owners.set(surface, [{ entry, entryIndex, surfaceIndex }]);
    });
  });
  return { words: [...owners.keys()], owners };
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function suffixLookup<R extends { suffix: string }>(list: readonly R[]): SuffixLookup<R> {
  const rules = new Map<string, R>();
  for (const rule of list) if (!rules.has(rule.suffix)) rules.set(rule.suffix, rule);
  return { words: list.map((r) => r.suffix), rules };
}

/** A province (辽宁省委, 中共辽宁省委), a province and city (浙江省某某市委), or a city after a delimiter (、某某市委), ending 委 or 党委. */
function partyCommitteePattern(regions: Region[]): RegExp {
  const names = regions.flatMap((r) => [r.full, r.short]).sort((a, b) => b.length - a.length).join("|");
  const city = "[\\u4e00-\\u9fff]{2,3}(?:市|州|县)";
  return new RegExp(`(?:中共)?(?:(?:${names})(?:省|市)?(?:${city})?|(?<![\\u4e00-\\u9fff])${city})党?委$`);
}

function subjectLeadPattern(words: string[]): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escape).join("|");
  const date = "(?:(?:19|20)\\d{2}年)?(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:以来)?";
  return new RegExp(`^(?:.*[，,])?(?:[^，,]*由|${alternatives}${alternatives ? "|" : ""}${date})?$`);
}

/** Input: the gazetteer's entries, surfaces, lexicon and regions. Output: the lookups every document's extraction reuses. */
export function deriveLookups(entries: GazetteerEntry[], bySurface: Map<string, GazetteerEntry>, lexicon: Lexicon, regions: Region[]): DerivedLookups {
  const titleWords = lexicon.titles.map((t) => t.title);
  const verbs = [...lexicon.documentVerbs, ...lexicon.documentWeakVerbs];
  return {
    surfaces: [...bySurface.keys()],
    titleWords,
    orgBoundaryWords: [...lexicon.orgBoundaryWords, ...titleWords],
    // A one-character speech verb (说) only may end a name: it stays a weak stop.
    nameEndWords: [...new Set([...lexicon.nameStops, ...lexicon.titlesAfterName, ...lexicon.speechVerbs.filter((v) => v.length > 1)])],
    regionShorts: regions.map((r) => r.short),
    regionsByShort: new Map(regions.map((r) => [r.short, r])),
    // matchAll works on a copy of a global RegExp, so one instance serves every document.
    issuingVerbs: { all: verbs, pattern: new RegExp([...verbs].sort((a, b) => b.length - a.length).map(escape).join("|"), "g") },
    partyCommittee: partyCommitteePattern(regions),
    subjectLead: subjectLeadPattern([...lexicon.subjectTimeWords, ...lexicon.subjectLeadWords]),
    orgSuffixes: suffixLookup(lexicon.orgSuffixes),
    regionalBodySuffixes: suffixLookup(lexicon.regionalBodySuffixes),
    otherMinistrySurfaces: otherMinistrySurfaces(entries, lexicon.homeMinistry),
    reviewedYear: lexicon.reviewVerbs.map((verb) => new RegExp(`${escape(verb)}了?((?:19|20)\\d{2})年`)),
  };
}
