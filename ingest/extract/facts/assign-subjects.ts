/** A sentence that opens with an org doing something ("工业和信息化部要…", "省经信委要…") has that org as its owner. */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention, Sentence } from "../extraction-types";
import { mentionsIn } from "../spans";
import { isOrg } from "../org-labels";
import { longestWordAt } from "../word-index";

/**
 * What may stand before the subject: nothing, opening clauses ("同时，", "为贯彻…，"), a time word
 * ("下半年", "下一步"), or 由 after the object it puts first ("“X”由中小企业局组织实施");
 * never 联合/与 (a partner).
 */
const ATTRIBUTIVE = /^了?的/;
/** A date between a subject and its cue ("工信部2017年开展…", "我部3月启动…"). */
const DATE_AFTER_SUBJECT = /^(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来)?/;
const MEETING = /^会议/;
/** A clause with a subject of its own, if a generic one ("各地要…", "试点城市要…"), leaves the topic chain. */
const OTHER_SUBJECT = /^(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十]+[)）])?[\u4e00-\u9fff]{0,12}(?:部门|各地|地区|地方|城市|企业|单位|机构|协会|银行)(?:要|将|应|须|需|可)/;

/** "工业和信息化部有关负责人表示，…将…": the body speaks through its official. */
const SPOKESMAN = /^(?:有关)?负责(?:人|同志)(?:表示|介绍|指出|说)[，,:：]?/;

/** Skips an official's "负责人表示，" and the time words after a subject ("今年", "近期正在"). */
function afterTimeWords(text: string, at: number, gazetteer: Gazetteer): number {
  at += SPOKESMAN.exec(text.slice(at, at + 12))?.[0].length ?? 0;
  at += DATE_AFTER_SUBJECT.exec(text.slice(at, at + 12))?.[0].length ?? 0;
  for (let word = longestWordAt(text, at, gazetteer.lexicon.subjectTimeWords); word; word = longestWordAt(text, at, gazetteer.lexicon.subjectTimeWords)) at += word.length;
  return at;
}

/**
 * The sentence's own subject list: the first org (or list of orgs) that opens a clause and is followed by a
 * subject cue. Not only the sentence's first org: an opening clause may name others ("为贯彻落实党中央、国务院
 * 关于…的决策部署，根据《…》，工业和信息化部会同财政部组织开展…").
 */
function ownSubjects(text: string, sentence: Sentence, orgs: Mention[], gazetteer: Gazetteer): Mention[] | undefined {
  const inside = mentionsIn(sentence, orgs);
  for (const candidate of inside) {
    if (!gazetteer.derived.subjectLead.test(text.slice(sentence.start, candidate.start))) continue;
    const subjects = leadingList(text, candidate, inside, [...gazetteer.lexicon.listJoints, ...gazetteer.lexicon.subjectListJoints]);
    const last = subjects[subjects.length - 1] as Mention;
    const at = afterTimeWords(text, last.end, gazetteer);
    const cue = longestWordAt(text, at, gazetteer.lexicon.subjectCues);
    // "国务院发布的《规划》提出…": a cue that qualifies a noun (…的) makes the org no subject.
    if (cue && !ATTRIBUTIVE.test(text.slice(at + cue.length, at + cue.length + 2))) return subjects;
  }
  return undefined;
}

/**
 * Input: sentences, mentions, gazetteer. Output: the same sentences, where one that opens with an
 * org, or a list of orgs, followed by a subject cue (要, 将, 决定, 牵头, 会同 …) is owned by them.
 * Outside any section owner, the following sentences of the same paragraph keep that subject,
 * as a Chinese topic chain drops it ("工业和信息化部将…：一是…；二是…"); others keep their section's owner.
 */
export function assignSubjects(text: string, sentences: Sentence[], mentions: Mention[], gazetteer: Gazetteer): Sentence[] {
  const orgs = mentions.filter(isOrg);
  let topic: Pick<Sentence, "owner" | "coOwners" | "ownerMethod"> | undefined;
  let lastEnd = 0;
  return sentences.map((sentence) => {
    // A paragraph opening with 会议 goes on reporting the meeting of the paragraph before.
    if (text.slice(lastEnd, sentence.start).includes("\n") && !MEETING.test(sentence.text)) topic = undefined;
    lastEnd = sentence.end;
    const subjects = ownSubjects(text, sentence, orgs, gazetteer);
    if (!subjects && OTHER_SUBJECT.test(sentence.text)) topic = undefined;
    if (!subjects) return !sentence.owner && topic ? { ...sentence, ...topic, ownerMethod: "topic-chain" } : sentence;
    topic = { owner: (subjects[0] as Mention).entity, coOwners: subjects.slice(1).map((m) => m.entity), ownerMethod: "explicit-subject" };
    return { ...sentence, ...topic };
  });
}

/** "工业和信息化部、财政部决定…": the orgs joined by 、/和/与/space at the start of a sentence. */
function leadingList(text: string, first: Mention, orgs: Mention[], joints: string[]): Mention[] {
  const list = [first];
  for (let last = first; ; ) {
    const joint = joints.find((j) => text.startsWith(j, last.end));
    const next = joint === undefined ? undefined : orgs.find((m) => m.start === last.end + joint.length);
    if (!next) return list;
    list.push(next);
    last = next;
  }
}
