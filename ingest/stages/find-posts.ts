/** Finds people and the posts they hold: "工业和信息化部规划司司长 罗文", "副部长杨学山、刘利华", "马凯副总理". */
import type { Gazetteer } from "../gazetteer/load-gazetteer";
import type { EntityRef, Mention, PostFact, Sentence } from "./extraction-types";
import { readNameAfter, readNameBefore } from "./read-person-name";
import { longestWordAt } from "./word-index";

/** Titles of the highest offices, whose holders are named without a delimiter before them ("获李克强总理肯定"). */
const LOOSE_TITLES = new Set(["总书记", "总理", "副总理", "国务委员"]);
const CHAIN_SEPARATORS = ["、", "兼"];
const STATIONED = "驻部";
/** News of an appointment: "任命张峰为工业和信息化部总工程师". */
const APPOINTED = /(?:任命|任)([\u4e00-\u9fff]{2,3}?)为/g;

interface TitleHit {
  title: string;
  start: number;
  end: number;
}

export interface PostsResult {
  posts: PostFact[];
  people: Mention[];
}

const titleCache = new WeakMap<Gazetteer, string[]>();

function titleHits(text: string, gazetteer: Gazetteer): TitleHit[] {
  const titles = titleCache.get(gazetteer) ?? gazetteer.lexicon.titles.map((t) => t.title);
  titleCache.set(gazetteer, titles);
  const hits: TitleHit[] = [];
  for (let i = 0; i < text.length; i++) {
    const title = longestWordAt(text, i, titles);
    if (!title) continue;
    hits.push({ title, start: i, end: i + title.length });
    i += title.length - 1;
  }
  return hits;
}

function orgEndingAt(mentions: Mention[], end: number): Mention | undefined {
  return mentions.find((m) => m.end === end && m.entity.label !== "Program" && m.entity.label !== "Document" && m.entity.label !== "Person");
}

/** Whose post a title is: the org written just before it, else the title's implied org. */
function orgOfTitle(hit: TitleHit, text: string, mentions: Mention[], context: Context): { org?: EntityRef; start: number } {
  const written = orgEndingAt(mentions, hit.start);
  if (written) return { org: written.entity, start: written.start };
  const implied = context.gazetteer.lexicon.titles.find((t) => t.title === hit.title)?.impliedOrg;
  const stationed = text.slice(hit.start - STATIONED.length, hit.start) === STATIONED;
  if (implied === "context-ministry" || stationed) return { org: context.ministry, start: hit.start };
  if (implied === "section-owner") return { org: context.sentenceAt(hit.start)?.owner, start: hit.start };
  if (implied) {
    const entry = context.gazetteer.bySurface.get(implied);
    return { org: entry ? { label: entry.label, name: entry.name } : undefined, start: hit.start };
  }
  return { start: hit.start };
}

interface Context {
  gazetteer: Gazetteer;
  ministry?: EntityRef;
  sentenceAt: (offset: number) => Sentence | undefined;
}

/** The titles chained before a name: "党组副书记、副部长、国家国防科技工业局局长许达哲". */
function chainBefore(last: TitleHit, hits: TitleHit[], text: string, mentions: Mention[], context: Context): Array<{ title: string; org?: EntityRef }> {
  const chain = [{ title: last.title, ...orgOfTitle(last, text, mentions, context) }];
  let head = chain[0]?.start ?? last.start;
  for (;;) {
    const sep = CHAIN_SEPARATORS.find((s) => text.slice(head - s.length, head) === s);
    const prev = sep ? hits.find((h) => h.end === head - sep.length) : undefined;
    if (!sep || !prev) break;
    const link = { title: prev.title, ...orgOfTitle(prev, text, mentions, context) };
    chain.push(link);
    head = link.start;
  }
  return chain;
}

/** Names after a title, continuing through "、" lists: "副部长杨学山、刘利华、尚冰". */
function namesAfter(text: string, from: number, gazetteer: Gazetteer): Array<{ name: string; start: number }> {
  const names: Array<{ name: string; start: number }> = [];
  let at = text[from] === " " ? from + 1 : from;
  for (;;) {
    const name = readNameAfter(text, at, gazetteer);
    if (!name) break;
    names.push({ name, start: at });
    if (text[at + name.length] !== "、") break;
    at += name.length + 1;
  }
  return names;
}

function addPost(result: PostsResult, context: Context, name: string, start: number, links: Array<{ title: string; org?: EntityRef }>): void {
  const sentence = context.sentenceAt(start);
  result.people.push({ start, end: start + name.length, surface: name, entity: { label: "Person", name }, source: "person" });
  if (!sentence) return;
  for (const link of links) {
    if (link.org) result.posts.push({ person: name, org: link.org, title: link.title, sentence });
  }
}

/** The sentence containing an offset (sentences are in text order). */
function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** "肖华：做好规划落实预研" — an interview titled with the speaker's name. */
function titlePerson(text: string, gazetteer: Gazetteer): Mention[] {
  const m = /^([\u4e00-\u9fff]{2,3})[:：]/.exec(text);
  const name = m?.[1];
  if (!name || readNameAfter(text, 0, gazetteer) !== name) return [];
  return [{ start: 0, end: name.length, surface: name, entity: { label: "Person", name }, source: "person" }];
}

/** "任命X为[org]title": the title hit right after 为 (with its org) is X's post. */
function addAppointments(text: string, hits: TitleHit[], mentions: Mention[], context: Context, result: PostsResult): void {
  for (const match of text.matchAll(APPOINTED)) {
    const name = match[1] ?? "";
    const after = match.index + match[0].length;
    const written = mentions.find((m) => m.start === after);
    const hit = hits.find((h) => h.start === (written ? written.end : after));
    if (!hit || !context.gazetteer.surnames.has(name.slice(0, 1))) continue;
    const { org } = orgOfTitle(hit, text, mentions, context);
    addPost(result, context, name, match.index + match[0].length - name.length - 1, [{ title: hit.title, org }]);
  }
}

/**
 * Input: text, sentences, org mentions, gazetteer, the ministry the document speaks of.
 * Output: a PostFact per (person, title, org) and a Person mention per name found next to a title.
 */
export function findPosts(text: string, sentences: Sentence[], mentions: Mention[], gazetteer: Gazetteer, ministry?: EntityRef): PostsResult {
  const context: Context = { gazetteer, ministry, sentenceAt: (o) => sentenceAt(sentences, o) };
  const result: PostsResult = { posts: [], people: [] };
  const hits = titleHits(text, gazetteer);
  for (const hit of hits) {
    const names = namesAfter(text, hit.end, gazetteer);
    if (names.length === 0) continue;
    const chain = chainBefore(hit, hits, text, mentions, context);
    for (const { name, start } of names) addPost(result, context, name, start, chain);
  }
  addAppointments(text, hits, mentions, context, result);
  result.people.push(...titlePerson(text, gazetteer));
  const known = new Set(result.people.map((p) => p.surface));
  for (const hit of hits.filter((h) => gazetteer.lexicon.titlesAfterName.includes(h.title))) {
    const name = readNameBefore(text, hit.start, gazetteer, known, LOOSE_TITLES.has(hit.title));
    if (!name) continue;
    const { org } = orgOfTitle({ ...hit, start: hit.start - name.length }, text, mentions, context);
    addPost(result, context, name, hit.start - name.length, [{ title: hit.title, org }]);
  }
  return result;
}
