/** Discovers organisations the gazetteer lacks: provincial bodies ("浙江省经信委") and names ending in an org word (领导小组, 联盟 …). */
import type { OtherMinistrySurface, SuffixLookup } from "../../gazetteer/derived-lookups";
import type { Gazetteer, GazetteerEntry } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";
import { phraseStart } from "./program-phrase";
import { longestWordAt, wordsAt } from "../word-index";
import { findPartyCommittees } from "./find-party-committees";
import { findDepartmentLists } from "./find-department-lists";
import { findNewsSources } from "./find-news-sources";
import { findRegionLists } from "./find-region-mentions";

const MIN_CORE = 2;

interface SuffixRule {
  suffix: string;
}

/** The rule whose suffix is the longest word starting at `at`. */
function ruleAt<R extends SuffixRule>(text: string, at: number, lookup: SuffixLookup<R>): R | undefined {
  const word = longestWordAt(text, at, lookup.words);
  return word === undefined ? undefined : lookup.rules.get(word);
}

const GOVERNMENT = "人民政府";
const OFFICE = "办公室";

/** "浙江省副省长程立新": a province or city written before its head's title stands for its 人民政府. */
function regionalGovernmentBeforeHead(text: string, at: number, end: number, region: string, gazetteer: Gazetteer): Mention[] {
  if (end === at || !longestWordAt(text, end, gazetteer.lexicon.regionalHeadTitles)) return [];
  const surface = text.slice(at, end);
  return [{ start: at, end, surface, entity: { label: "Organization", name: region + GOVERNMENT }, source: "region", aliases: [surface] }];
}

/** "浙江省经信委" → 浙江省经济和信息化委员会; "天津市中小局" → 天津市中小企业局. */
function regionalBodies(text: string, gazetteer: Gazetteer): Mention[] {
  const suffixes = gazetteer.derived.regionalBodySuffixes;
  const mentions: Mention[] = [];
  for (const region of gazetteer.regions) {
    for (let at = text.indexOf(region.short); at >= 0; at = text.indexOf(region.short, at + 1)) {
      const level = gazetteer.lexicon.regionLevels.find((l) => text.startsWith(l, at + region.short.length)) ?? "";
      const bodyAt = at + region.short.length + level.length;
      const body = ruleAt(text, bodyAt, suffixes);
      if (!body) {
        mentions.push(...regionalGovernmentBeforeHead(text, at, bodyAt, region.full, gazetteer));
        continue;
      }
      // "某省无线电管理委员会办公室": the office of a listed body is a body of its own.
      const office = text.startsWith(OFFICE, bodyAt + body.suffix.length) ? OFFICE : "";
      const end = bodyAt + body.suffix.length + office.length;
      const name = region.full + (body.full ?? body.suffix) + office;
      mentions.push({ start: at, end, surface: text.slice(at, end), entity: { label: "Organization", name }, source: "region", aliases: [text.slice(at, end)] });
    }
  }
  return mentions;
}

/** How often each region is named: by its bodies when any were found, else by its name alone. */
function regionCounts(text: string, found: Mention[], gazetteer: Gazetteer): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of found) {
    const region = gazetteer.regions.find((r) => m.entity.name.startsWith(r.full));
    if (region) counts.set(region.full, (counts.get(region.full) ?? 0) + 1);
  }
  if (counts.size > 0) return counts;
  for (const region of gazetteer.regions) {
    const n = text.split(region.short).length - 1;
    if (n > 0) counts.set(region.full, n);
  }
  return counts;
}

/** Named by its name alone, the home region must be named at least twice and twice as often as any other. */
const MIN_HOME_NAMES = 2;

/** The province or autonomous region a document is written in, if one clearly dominates. */
function homeRegion(text: string, found: Mention[], gazetteer: Gazetteer): { full: string; level: string } | undefined {
  const ranked = [...regionCounts(text, found, gazetteer)].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return undefined;
  if (found.length === 0 && (first[1] < MIN_HOME_NAMES || (second && second[1] * 2 > first[1]))) return undefined;
  const level = ["自治区", "省"].find((l) => first[0].endsWith(l));
  return level ? { full: first[0], level } : undefined;
}

/** The province named last before `at` on the same line ("曾任湖北省某市市长、省发改委主任"): 省 refers back to it. */
function regionBefore(text: string, at: number, level: string, gazetteer: Gazetteer): string | undefined {
  const lineStart = text.lastIndexOf("\n", at) + 1;
  let best: { at: number; full: string } | undefined;
  for (const region of gazetteer.regions) {
    const found = text.lastIndexOf(region.short, at - 1);
    if (found >= lineStart && region.full.endsWith(level) && (!best || found > best.at)) best = { at: found, full: region.full };
  }
  return best?.full;
}

/** "各省财政厅", "外省经信委", "跨省…": 省 after these is not one province. */
const NOT_ONE_PROVINCE = /[各等外两跨分多他]/;

/** "省经济和信息化委要…", "自治区工业和信息化厅": a bare body is the province just named on its line, else the document's home province. */
function bareProvincialBodies(text: string, found: Mention[], gazetteer: Gazetteer): Mention[] {
  const home = homeRegion(text, found, gazetteer);
  if (!home) return [];
  const suffixes = gazetteer.derived.regionalBodySuffixes;
  const mentions: Mention[] = [];
  for (let at = text.indexOf(home.level); at >= 0; at = text.indexOf(home.level, at + 1)) {
    const bodyAt = at + home.level.length;
    const body = ruleAt(text, bodyAt, suffixes);
    if (!body || NOT_ONE_PROVINCE.test(text[at - 1] ?? "") || found.some((m) => m.start <= at && at < m.end)) continue;
    const end = bodyAt + body.suffix.length;
    const region = regionBefore(text, at, home.level, gazetteer) ?? home.full;
    mentions.push({ start: at, end, surface: text.slice(at, end), entity: { label: "Organization", name: region + (body.full ?? body.suffix) }, source: "region", aliases: [text.slice(at, end)] });
  }
  return mentions;
}

/** "国家级…中心", "国家和省级…中心": a level names a category of bodies, not one body. */
const LEVEL_PREFIX = /(?:^|和)(?:国家|省|市|县)级/;

/** A name starting with 国家, 中国, a region … is a proper name, not a generic phrase. */
function hasProperPrefix(name: string, gazetteer: Gazetteer): boolean {
  if (LEVEL_PREFIX.test(name)) return false;
  return gazetteer.lexicon.properPrefixes.some((p) => name.startsWith(p)) || gazetteer.regions.some((r) => name.startsWith(r.short));
}


function postTitles(gazetteer: Gazetteer): string[] {
  return gazetteer.derived.titleWords;
}

function orgBoundaries(gazetteer: Gazetteer): string[] {
  return gazetteer.derived.orgBoundaryWords;
}

/** "某部总工程师兼某某领导小组办公室主任": the org starts after the last post title or career verb (兼, 任 …) before its word. */
function afterOrgBoundary(text: string, start: number, coreEnd: number, gazetteer: Gazetteer): number {
  // A proper name is kept whole: its own characters may spell a boundary word (中国原子能…).
  if (hasProperPrefix(text.slice(start, coreEnd), gazetteer)) return start;
  const words = orgBoundaries(gazetteer);
  let cut = start;
  for (let p = start; p < coreEnd; p++) {
    const word = longestWordAt(text, p, words);
    if (word && p + word.length <= coreEnd - MIN_CORE) cut = Math.max(cut, p + word.length);
  }
  return cut;
}

/**
 * "唐登杰升任中国某某集团公司", "赴中国某某协会调研": the phrase rules leave a verb or a name before the
 * org; when the phrase does not start with a proper prefix, the org starts at the first one inside it.
 */
function properStart(text: string, phraseAt: number, end: number, gazetteer: Gazetteer): number {
  // "某某局(中国某某集团第八研究院": an opening bracket not closed inside the name starts it.
  const open = text.lastIndexOf("(", end - 1);
  const unclosed = open >= phraseAt && !text.slice(open, end).includes(")");
  const start = unclosed ? open + 1 : phraseAt;
  const phrase = text.slice(start, end);
  if (hasProperPrefix(phrase, gazetteer)) return start;
  for (let k = 1; k < phrase.length; k++) if (hasProperPrefix(phrase.slice(k), gazetteer)) return start + k;
  return start;
}

/** A listed company needs a long core to be a name rather than a kind ("骨干企业集团"). */
const MIN_LISTED_CORE = 6;

/** "…、某某精密组件公司、某某科技发展公司等5家企业": an item of a list, with a long core, is a name. */
function isListedName(text: string, start: number, end: number, core: number): boolean {
  const listed = text[start - 1] === "、" || text[end] === "、" || text[end] === "等";
  return listed && core >= MIN_LISTED_CORE;
}

/** "进入某某大学学习", "某某工学院毕业": a school a career history names needs no proper prefix. */
function isSchoolInBio(text: string, start: number, end: number, gazetteer: Gazetteer): boolean {
  const { schoolEntryWords, schoolExitWords } = gazetteer.lexicon;
  return schoolEntryWords.some((w) => text.endsWith(w, start)) || schoolExitWords.some((w) => text.startsWith(w, end));
}

/** "国家发展改革委建立工作协调机制": a known body followed by a verb is a clause, not a name. */
function isClause(name: string, gazetteer: Gazetteer): boolean {
  for (let length = 2; length < name.length; length++) {
    if (gazetteer.bySurface.has(name.slice(0, length)) && longestWordAt(name, length, gazetteer.lexicon.leadingWords)) return true;
  }
  return false;
}

/** "国家新材料产业发展领导小组", "云计算开源产业联盟": a phrase ending in an org word. */
function suffixOrgs(text: string, gazetteer: Gazetteer): Mention[] {
  const suffixes = gazetteer.derived.orgSuffixes;
  const generic = new Set(gazetteer.lexicon.genericPhrases);
  const mentions: Mention[] = [];
  for (let i = 0; i < text.length; i++) {
    const rule = ruleAt(text, i, suffixes);
    if (!rule || rule.notFollowedBy.some((w) => text.startsWith(w, i + rule.suffix.length))) continue;
    const { suffix, label } = rule;
    const end = i + suffix.length;
    const phrase = afterOrgBoundary(text, phraseStart(text, i, gazetteer), i, gazetteer);
    const start = rule.proper ? properStart(text, phrase, end, gazetteer) : phrase;
    const name = text.slice(start, end);
    const known = gazetteer.bySurface.get(name);
    const named = hasProperPrefix(name, gazetteer) || (rule.listed && isListedName(text, start, end, i - start)) || (rule.school && isSchoolInBio(text, start, end, gazetteer));
    const proper = (!rule.proper || named) && !gazetteer.lexicon.documentGenericParts.some((g) => name.includes(g));
    if (i - start >= MIN_CORE && proper && !generic.has(name) && !isClause(name, gazetteer) && (!known || known.label === label)) {
      mentions.push({ start, end, surface: name, entity: { label, name: known?.name ?? name }, source: "suffix" });
    }
    i = end - 1;
  }
  return mentions;
}

/** What a department of another ministry is called after the ministry's name: "财政部经济建设司". */
const DEPARTMENT_AFTER = /^[^\s的和与及、，。,；;:：()（）“”《》]{2,8}?司(?![长局])/;

/** The general office of a ministry, which signs for the ministry itself. */
const GENERAL_OFFICE = "办公厅";

/**
 * "财政部办公厅 …关于…的通知": another ministry's general office co-signs for its ministry, so the span is
 * a mention of the ministry (and not of the home ministry's 办公厅, whose alias 部办公厅 would take it).
 */
function otherGeneralOffice(text: string, at: number, surface: string, entry: GazetteerEntry, gazetteer: Gazetteer): Mention[] {
  const end = at + surface.length + GENERAL_OFFICE.length;
  if (entry.label !== "Ministry" || !text.startsWith(GENERAL_OFFICE, at + surface.length)) return [];
  // "任某部办公厅主任": with a post after it, the office is a department someone works in, like 某部某司.
  if (longestWordAt(text, end, postTitles(gazetteer))) {
    return [{ start: at, end, surface: text.slice(at, end), entity: { label: "Organization", name: entry.name + GENERAL_OFFICE }, source: "region", aliases: [text.slice(at, end)] }];
  }
  return [{ start: at, end, surface: text.slice(at, end), entity: { label: "Ministry", name: entry.name }, source: "region", aliases: [surface] }];
}

/** "财政部经济建设司", "国家烟草专卖局专卖监督管理司": a department of a ministry other than the home one is an Organization. */
function otherMinistryDepartments(text: string, gazetteer: Gazetteer): Mention[] {
  // One pass over the text against all their names (not a search of the text per name), then in the order a
  // search per entry and name would give: entry, name, position.
  const { words, owners } = gazetteer.derived.otherMinistrySurfaces;
  const hits: { at: number; surface: string; owner: OtherMinistrySurface }[] = [];
  for (let at = 0; at < text.length; at++) {
    for (const surface of wordsAt(text, at, words)) for (const owner of owners.get(surface) ?? []) hits.push({ at, surface, owner });
  }
  hits.sort((a, b) => a.owner.entryIndex - b.owner.entryIndex || a.owner.surfaceIndex - b.owner.surfaceIndex || a.at - b.at);
  const mentions: Mention[] = [];
  for (const { at, surface, owner } of hits) {
    const entry = owner.entry;
    mentions.push(...otherGeneralOffice(text, at, surface, entry, gazetteer));
    const department = DEPARTMENT_AFTER.exec(text.slice(at + surface.length, at + surface.length + 10))?.[0];
    if (!department) continue;
    const end = at + surface.length + department.length;
    mentions.push({ start: at, end, surface: text.slice(at, end), entity: { label: "Organization", name: entry.name + department }, source: "region", aliases: [text.slice(at, end)] });
  }
  return mentions;
}

/**
 * Input: text, gazetteer. Output: candidate Organization mentions: provincial and municipal bodies
 * under their spelled-out names, bare "省…" bodies of a province's own document, departments of
 * other ministries, and phrases
 * ending in an organisation word, cut after the last action word, and the sources of news items.
 */
export function findOrgMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const regional = regionalBodies(text, gazetteer);
  return [
    ...regional,
    ...bareProvincialBodies(text, regional, gazetteer),
    ...findPartyCommittees(text, gazetteer),
    ...findRegionLists(text, gazetteer),
    ...otherMinistryDepartments(text, gazetteer),
    ...findDepartmentLists(text, gazetteer),
    ...suffixOrgs(text, gazetteer),
    ...findNewsSources(text, gazetteer),
  ];
}
