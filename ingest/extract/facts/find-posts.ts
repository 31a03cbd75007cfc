/** Finds people and the posts they hold: "工业和信息化部规划司司长 罗文", "副部长杨学山、刘利华", "马凯副总理". */
import type { ExtractionMethod } from "../../../cypher/model";
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { EntityRef, Mention, PostFact, Sentence } from "../extraction-types";
import { readNameAfter, readNameBefore } from "../mentions/read-person-name";
import { mentionsStartingAt } from "../spans";
import { peopleWithoutPost } from "./people-without-post";
import { chainBefore, orgEndingAt, orgOfTitle, titleEntry, titleHits } from "./post-orgs";
import type { PostContext, TitleHit } from "./post-orgs";

/** Titles of the highest offices, whose holders are named without a delimiter before them ("获李克强总理肯定"). */
const LOOSE_TITLES = new Set(["总书记", "总理", "副总理", "国务委员"]);
/** "中国国家发改委": a country prefix written before a known ministry's name, in texts from outside. */
const COUNTRY = "中国";
/** The prefix of a deputy's title (副司长 under the 司长). */
const DEPUTY = "副";
/** "原中小企业局局长周建新", "前任局长": a former post, which the person no longer holds ("此前…" is a time word). */
const FORMER = /(?:^|[^此之以])[原前]$/;
/** News of an appointment: "任命张峰为工业和信息化部总工程师". */
const APPOINTED = /任命/g;
/** The next appointee of the same 任命 sentence: "任命A为…，B为…". */
const NEXT_APPOINTEE = /[，,](?=[\u4e00-\u9fff]{2,3}为)/g;
const MEMBERSHIP = "党组成员、";
/** "…纪检监察组组长、党组成员邹一鸣": the membership after a post does not hide the post's holder. */
const TRAILING_MEMBERSHIP = "、党组成员";
/** "…副部长 林嘉任…局长": after a space, a name followed by 任 opens a new clause with its own post. */
const NEW_POST = /^(?:同志)?(?:被任命为|出任|担任|任)(?!命|务|职)/;
/** "张峰任工业和信息化部总工程师", "张峰同志任…", "张峰目前同时担任…", "张峰仍担任…" (adverbs of time may stand between). */
const SELF_APPOINTED = /([\u4e00-\u9fff]{2,3}?)(?:同志)?(?:目前|现在|同时|仍然|仍|继续|还|也)*(?:被任命为|兼任|现任|出任|担任|任)(?!命|务|职)/g;
/** A biography: "李四，男，汉族，…，现任…司长". */
const BIOGRAPHY = /([\u4e00-\u9fff]{2,3})[，,][男女][，,][^。；\n]{0,60}?现任/g;

export interface PostsResult {
  posts: PostFact[];
  people: Mention[];
}

/**
 * "接任工信部党组书记的李四": a name after 的 holds the post only when a verb of taking it stands before
 * ("曾任…局长的王五" is a former post), and must end at a delimiter or a word that ends names.
 */
const ATTRIBUTIVE = "的";

function endsClearly(text: string, name: { name: string; start: number }, gazetteer: Gazetteer): boolean {
  const end = name.start + name.name.length;
  return !/[\u4e00-\u9fff]/.test(text[end] ?? "") || gazetteer.derived.nameEndWords.some((w) => text.startsWith(w, end));
}

/** Names after a title, continuing through "、" lists: "副部长杨学山、刘利华、尚冰". */
function namesAfter(text: string, from: number, gazetteer: Gazetteer): Array<{ name: string; start: number }> {
  const names: Array<{ name: string; start: number }> = [];
  let at = text[from] === " " ? from + 1 : from;
  for (;;) {
    const name = readNameAfter(text, at, gazetteer);
    if (!name || (at > from && NEW_POST.test(text.slice(at + name.length, at + name.length + 4)))) break;
    names.push({ name, start: at });
    if (text[at + name.length] !== "、") break;
    at += name.length + 1;
  }
  return names;
}

function addPost(result: PostsResult, context: PostContext, name: string, start: number, links: Array<{ title: string; org?: EntityRef }>, method: ExtractionMethod = "post-pattern"): void {
  const sentence = context.sentenceAt(start);
  result.people.push({ start, end: start + name.length, surface: name, entity: { label: "Person", name }, source: "person" });
  if (!sentence) return;
  for (const link of links) {
    if (link.org) result.posts.push({ person: name, org: link.org, title: link.title, sentence, method });
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

/** "任命X为…", "任命X、Y为…": the names between 任命 and 为. */
function appointedNames(text: string, from: number, gazetteer: Gazetteer): Array<{ name: string; start: number }> {
  const names: Array<{ name: string; start: number }> = [];
  let at = from;
  for (;;) {
    const name = [3, 2].map((n) => text.slice(at, at + n)).find((n) => /[、为]/.test(text[at + n.length] ?? "") && gazetteer.surnames.has(n.slice(0, 1)));
    if (!name) return [];
    names.push({ name, start: at });
    at += name.length + 1;
    if (text[at - 1] === "为") return names;
  }
}

/**
 * Appointments in news: "任命张峰为工业和信息化部总工程师", "任命A、B为…副部长", "张峰任…总工程师".
 * The title right after 为/任 (with the org written before it) is the post.
 */
/** Whether 任命 is written after the last 。/；/; before `at` (one backward scan, not a regex over the whole prefix). */
function appointedInClauseBefore(text: string, at: number): boolean {
  const clauseStart = Math.max(text.lastIndexOf("。", at - 1), text.lastIndexOf("；", at - 1), text.lastIndexOf(";", at - 1)) + 1;
  const appointed = text.lastIndexOf("任命", at - 2);
  return appointed >= clauseStart && appointed + 2 <= at;
}

function addAppointments(text: string, hits: TitleHit[], mentions: Mention[], context: PostContext, result: PostsResult): void {
  const postAt = (at: number): TitleHit | undefined => {
    const written = mentionsStartingAt(mentions, at)[0] ?? (text.startsWith(COUNTRY, at) ? mentionsStartingAt(mentions, at + COUNTRY.length)[0] : undefined);
    const from = written ? written.end : at;
    // 党组成员 is a membership, not a post: "任工业和信息化部党组成员、副部长" holds the 副部长.
    return hits.find((h) => h.start === (text.startsWith(MEMBERSHIP, from) ? from + MEMBERSHIP.length : from));
  };
  for (const match of [...text.matchAll(APPOINTED), ...text.matchAll(NEXT_APPOINTEE)]) {
    if (match[0] !== "任命" && !appointedInClauseBefore(text, match.index)) continue;
    const names = appointedNames(text, match.index + match[0].length, context.gazetteer);
    const last = names[names.length - 1];
    const hit = last ? postAt(last.start + last.name.length + 1) : undefined;
    if (!hit) continue;
    const posts = postsFrom(hit, postAt, text, mentions, context);
    for (const { name, start } of names) addPost(result, context, name, start, posts, "appointment");
  }
  for (const match of [...text.matchAll(SELF_APPOINTED), ...text.matchAll(BIOGRAPHY)]) {
    const name = match[1] ?? "";
    const hit = postAt(match.index + match[0].length);
    if (!hit || readNameAfter(text, match.index, context.gazetteer) !== name) continue;
    addPost(result, context, name, match.index, postsFrom(hit, postAt, text, mentions, context), "appointment");
  }
}

/**
 * The post after 为/任 and those joined to it ("部长、党组书记", "局长兼总工程师"); a joined
 * title without its own org is held in the org of the post before it.
 */
function postsFrom(first: TitleHit, postAt: (at: number) => TitleHit | undefined, text: string, mentions: Mention[], context: PostContext): Array<{ title: string; org?: EntityRef }> {
  const posts = [{ title: first.title, org: orgOfTitle(first, text, mentions, context).org }];
  const separatorAt = (at: number): string | undefined => context.gazetteer.lexicon.postSeparators.find((s) => text.startsWith(s, at));
  for (let hit = first, sep = separatorAt(hit.end); sep; sep = separatorAt(hit.end)) {
    const next = postAt(hit.end + sep.length);
    if (!next) break;
    const written = orgEndingAt(mentions, next.start);
    posts.push({ title: next.title, org: written ? written.entity : posts[posts.length - 1]?.org });
    hit = next;
  }
  return posts;
}

/**
 * Input: text, sentences, org mentions, gazetteer, the ministry the document speaks of.
 * Output: a PostFact per (person, title, org) and a Person mention per name found next to a title.
 */
export function findPosts(text: string, sentences: Sentence[], mentions: Mention[], gazetteer: Gazetteer, ministry?: EntityRef): PostsResult {
  const result: PostsResult = { posts: [], people: [] };
  const headOf = (title: string, offset: number): EntityRef | undefined => {
    const sentence = sentenceAt(sentences, offset);
    const head = title.startsWith(DEPUTY) ? title.slice(DEPUTY.length) : undefined;
    return result.posts.filter((p) => p.sentence === sentence && p.title === head).pop()?.org;
  };
  const context: PostContext = { gazetteer, ministry, sentenceAt: (o) => sentenceAt(sentences, o), headOf };
  const hits = titleHits(text, gazetteer);
  for (const hit of hits) {
    if (titleEntry(hit.title, gazetteer)?.needsOrg && !orgOfTitle(hit, text, mentions, context).written) continue;
    const from = text.startsWith(TRAILING_MEMBERSHIP, hit.end) ? hit.end + TRAILING_MEMBERSHIP.length : hit.end;
    const attributive = text[from] === ATTRIBUTIVE;
    const names = attributive ? namesAfter(text, from + 1, gazetteer).filter((n) => endsClearly(text, n, gazetteer)) : namesAfter(text, from, gazetteer);
    if (names.length === 0) continue;
    const chain = chainBefore(hit, hits, text, mentions, context);
    const head = Math.min(...chain.map((link) => link.start));
    const former = FORMER.test(text.slice(Math.max(0, head - 2), head));
    const taken = !attributive || gazetteer.lexicon.postTakingVerbs.some((v) => text.slice(head - v.length, head) === v);
    for (const { name, start } of names) addPost(result, context, name, start, former || !taken ? [] : chain);
  }
  addAppointments(text, hits, mentions, context, result);
  result.people.push(...peopleWithoutPost(text, gazetteer));
  const known = new Set(result.people.map((p) => p.surface));
  for (const hit of hits.filter((h) => gazetteer.lexicon.titlesAfterName.includes(h.title))) {
    const name = readNameBefore(text, hit.start, gazetteer, known, LOOSE_TITLES.has(hit.title));
    if (!name) continue;
    const { org } = orgOfTitle({ ...hit, start: hit.start - name.length }, text, mentions, context);
    addPost(result, context, name, hit.start - name.length, [{ title: hit.title, org }]);
  }
  return result;
}
