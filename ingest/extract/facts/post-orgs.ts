/** Whose posts a title names: the org written before it, the org it implies, the chain of titles it ends. */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { EntityRef, Mention, Sentence } from "../extraction-types";
import { mentionsEndingAt } from "../spans";
import { longestWordAt } from "../word-index";
import { partyCommitteeBefore } from "./party-committee";

/** The longest unrecognised org name a chain of posts may run back across ("…副厅长、某省节能监察中心主任"). */
const MAX_UNKNOWN_ORG = 16;
/** "驻部纪检组组长": stationed in the ministry the text speaks of. */
const STATIONED = "驻部";

export interface TitleHit {
  title: string;
  start: number;
  end: number;
}

/** Input: text, gazetteer. Output: the titles written in the text, the longest at each place, left to right. */
export function titleHits(text: string, gazetteer: Gazetteer): TitleHit[] {
  const titles = gazetteer.derived.titleWords;
  const hits: TitleHit[] = [];
  for (let i = 0; i < text.length; i++) {
    const title = longestWordAt(text, i, titles);
    if (!title) continue;
    hits.push({ title, start: i, end: i + title.length });
    i += title.length - 1;
  }
  return hits;
}

export function orgEndingAt(mentions: Mention[], end: number): Mention | undefined {
  return mentionsEndingAt(mentions, end).find((m) => m.entity.label !== "Program" && m.entity.label !== "Document" && m.entity.label !== "Person");
}

/**
 * "…工作领导小组第三次会议，领导小组组长X": an org written as its bare kind word right before a
 * title stands for the last org of that kind named before it.
 */
function shortFormBefore(at: number, text: string, mentions: Mention[], gazetteer: Gazetteer): { org: Mention; start: number } | undefined {
  const kind = gazetteer.lexicon.orgSuffixes.map((o) => o.suffix).find((w) => text.slice(at - w.length, at) === w);
  const start = at - (kind?.length ?? 0);
  if (!kind || /[\u4e00-\u9fff]/.test(text[start - 1] ?? "")) return undefined;
  const org = mentions.filter((m) => m.end <= start && m.entity.name.endsWith(kind) && orgEndingAt([m], m.end)).pop();
  return org ? { org, start } : undefined;
}

export interface Link {
  title: string;
  org?: EntityRef;
  start: number;
  /** The org is written before the title, not implied by it. */
  written?: boolean;
  /** An org is written before the title but not recognised. */
  unknown?: boolean;
  /** The title's implied org ("section-owner" for a department's ranks). */
  implied?: string;
}

/** Whose post a title is: the org written just before it, else the title's implied org. */
export function orgOfTitle(hit: TitleHit, text: string, mentions: Mention[], context: PostContext): Link {
  const written = orgEndingAt(mentions, hit.start);
  if (written) return { title: hit.title, org: written.entity, start: written.start, written: true };
  const short = shortFormBefore(hit.start, text, mentions, context.gazetteer);
  if (short) return { title: hit.title, org: short.org.entity, start: short.start, written: true };
  const committee = partyCommitteeBefore(text, hit.start, hit.title, context.gazetteer);
  if (committee) return { title: hit.title, ...committee, written: true };
  const implied = titleEntry(hit.title, context.gazetteer)?.impliedOrg;
  const link = { title: hit.title, start: hit.start, implied };
  const stationed = text.slice(hit.start - STATIONED.length, hit.start) === STATIONED;
  if ((implied === "context-ministry" || implied === "section-owner") && unknownOrgBefore(text, hit.start, context.gazetteer)) return { ...link, unknown: true };
  if (implied === "context-ministry" || stationed) return { ...link, org: context.ministry };
  if (implied === "section-owner") return { ...link, org: context.headOf(hit.title, hit.start) ?? context.sentenceAt(hit.start)?.owner };
  if (implied) {
    const entry = context.gazetteer.bySurface.get(implied);
    return { ...link, org: entry ? { label: entry.label, name: entry.name } : undefined };
  }
  return link;
}

export function titleEntry(title: string, gazetteer: Gazetteer): Gazetteer["lexicon"]["titles"][number] | undefined {
  return gazetteer.lexicon.titles.find((t) => t.title === title);
}

/**
 * "文化和旅游部副部长", "某某委员会主任": an org is written before the title but not recognised, so
 * the title's implied org (the home ministry, the section's department) is not the one meant.
 * 本部/我司/由部… are the implied org itself, not another.
 */
function unknownOrgBefore(text: string, at: number, gazetteer: Gazetteer): boolean {
  const { orgEndings, orgSelfWords } = gazetteer.lexicon;
  const ending = orgEndings.find((e) => text.slice(at - e.length, at) === e);
  const before = ending ? (text[at - ending.length - 1] ?? "") : "";
  return /[\u4e00-\u9fff]/.test(before) && !orgSelfWords.includes(before);
}

export interface PostContext {
  gazetteer: Gazetteer;
  ministry?: EntityRef;
  sentenceAt: (offset: number) => Sentence | undefined;
  /** The org of the head post of the same sentence that a deputy title serves under ("规划司司长A、副司长B"). */
  headOf: (title: string, offset: number) => EntityRef | undefined;
}

/** The titles chained before a name: "党组副书记、副部长、国家国防科技工业局局长许达哲". */
export function chainBefore(last: TitleHit, hits: TitleHit[], text: string, mentions: Mention[], context: PostContext): Link[] {
  const chain = [orgOfTitle(last, text, mentions, context)];
  for (let link = chain[0]; link; ) {
    const prev = link.unknown ? titleBeforeUnknownOrg(link.start, hits, text) : titleBefore(link.start, hits, text, context.gazetteer);
    link = prev ? orgOfTitle(prev, text, mentions, context) : undefined;
    if (link) chain.push(link);
  }
  return inheritMinistry(chain);
}

/** The title joined to a post at `head` by a separator ("副部长、", "党组书记兼任"). */
function titleBefore(head: number, hits: TitleHit[], text: string, gazetteer: Gazetteer): TitleHit | undefined {
  const sep = gazetteer.lexicon.postSeparators.find((s) => text.slice(head - s.length, head) === s);
  return sep ? hits.find((h) => h.end === head - sep.length) : undefined;
}

/** "某厅副厅长、某某中心主任X": the post before an unrecognised org, across that org's name. */
function titleBeforeUnknownOrg(head: number, hits: TitleHit[], text: string): TitleHit | undefined {
  const stretch = text.slice(Math.max(0, head - MAX_UNKNOWN_ORG), head);
  const comma = stretch.lastIndexOf("、");
  if (comma < 0 || !/^[\u4e00-\u9fff]+$/.test(stretch.slice(comma + 1))) return undefined;
  const end = head - stretch.length + comma;
  return hits.find((h) => h.end === end);
}

/**
 * "某委新闻局副局长、新闻发言人X": a title without a written org, chained after a post in another
 * ministry, is held in that ministry rather than in the one its title implies; after an org that is
 * not recognised, in no known org. A bureau passes on only to a department's ranks
 * ("某司司长、一级巡视员"); "某局局长、新闻发言人" speaks for the ministry.
 */
function inheritMinistry(chain: Link[]): Link[] {
  let ministry: EntityRef | undefined;
  let bureau: EntityRef | undefined;
  let unknown = false;
  for (const link of [...chain].reverse()) {
    if (link.written) [ministry, bureau, unknown] = [link.org?.label === "Ministry" ? link.org : ministry, link.org?.label === "Bureau" ? link.org : undefined, false];
    else if (link.unknown) [ministry, bureau, unknown] = [undefined, undefined, true];
    else if (bureau && link.implied === "section-owner") link.org = bureau;
    else if (ministry || unknown) link.org = ministry;
  }
  return chain;
}
