/** People a text names without a post: dismissals, contacts, bylines and credits, addressees, ages, set phrases. */
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { Mention } from "../extraction-types";
import { readNameAfter } from "../mentions/read-person-name";

const CJK = /[\u4e00-\u9fff]/;
/** A name before a telephone number: a contact. */
const CONTACT = /(?:^|[\s:：,，;；])([\u4e00-\u9fff]{2,3})\s*[:：]?\s*(?:电话\s*[:：]?\s*)?(?:\(?0\d{2,3}\)?-?\d{7,8}|1[3-9]\d{9})/gm;
/** "(张三 摄)", "记者 李四 摄": a photo credit after the name. */
const PHOTO_CREDIT = /(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})\s?摄(?![\u4e00-\u9fff])/g;
/** "现年60岁的张三", "接替65岁的李四": a person introduced by age. */
const AGED = /\d{1,3}岁的/g;
/** "王某某代表：", "李某委员：": the addressee line of a reply to a deputy's proposal. */
const ADDRESSEE = /^([\u4e00-\u9fff]{2,4})(?:代表|委员)[:：]/gm;
/** "以某某同志为核心的党中央": the leader named in the set phrase. */
const LEADER_CORE = /以([\u4e00-\u9fff]{2,3})同志为核心/g;
/** "由某某出任", "会议由某某主持": the person who takes a post or chairs, named between 由 and the verb. */
const TAKEN_BY = /由([\u4e00-\u9fff]{2,4}?)(?:同志)?(?:出任|接任|继任|担任|主持)/g;
/** Between a credit role and its names: "记者 张三", "编导:李四", "责编·作者：王五". */
const CREDIT_GAP = /^[ \t:：·]{0,3}/;
/** What may follow a name in a credit: "(记者 赵芳)", "策划:张三 李四", "主持人 王五:", "李四 摄". */
const CREDIT_NAME_END = /^(?:$|[\s)）\]】:：·、/|]|摄)/;
/** Between two names of one credit: "策划:张三 李四". */
const NAME_GAP = /^[ \t、,，]{1,2}/;

function person(name: string, start: number): Mention {
  return { start, end: start + name.length, surface: name, entity: { label: "Person", name }, source: "person" };
}

/**
 * A name read off a credit: it must end where a credit's names end (a space, a bracket, a colon, the
 * line's end, 摄), not at sentence punctuation ("主持人：谢谢。", "记者：关于5G…"), and not be a
 * form of address ("王总", "李司长").
 */
function creditName(text: string, at: number, gazetteer: Gazetteer): string | undefined {
  const name = readNameAfter(text, at, gazetteer);
  if (!name || !CREDIT_NAME_END.test(text.slice(at + name.length, at + name.length + 1))) return undefined;
  return isAddress(name, gazetteer) ? undefined : name;
}

function isAddress(name: string, gazetteer: Gazetteer): boolean {
  const { titles, addressForms } = gazetteer.lexicon;
  return titles.some((t) => name.endsWith(t.title)) || addressForms.some((f) => name.endsWith(f));
}

/**
 * Bylines and credits: "记者 张三", "(策划:张三 李四 编导:王五)", "主播赵六将…". After a delimiter the
 * names run on through spaces; a name written straight after the role must end as a name does.
 */
function creditedPeople(text: string, gazetteer: Gazetteer): Mention[] {
  const people: Mention[] = [];
  for (const role of gazetteer.lexicon.creditRoles) {
    for (let at = text.indexOf(role); at >= 0; at = text.indexOf(role, at + 1)) {
      let from = at + role.length;
      const gap = CREDIT_GAP.exec(text.slice(from))?.[0].length ?? 0;
      if (gap === 0) {
        const name = gazetteer.lexicon.creditRolesBeforeName.includes(role) ? readNameAfter(text, from, gazetteer) : undefined;
        if (name && !isAddress(name, gazetteer)) people.push(person(name, from));
        continue;
      }
      from += gap;
      for (let name = creditName(text, from, gazetteer); name; name = creditName(text, from, gazetteer)) {
        people.push(person(name, from));
        from += name.length;
        const next = NAME_GAP.exec(text.slice(from))?.[0].length ?? 0;
        if (next === 0) break;
        from += next;
      }
    }
  }
  return people;
}

/** Names matched by a pattern whose first group is the name, kept when they read as a name there. */
function patternPeople(text: string, pattern: RegExp, gazetteer: Gazetteer): Mention[] {
  return [...text.matchAll(pattern)].flatMap((m) => {
    const name = m[1] ?? "";
    const start = m.index + m[0].indexOf(name);
    return readNameAfter(text, start, gazetteer) === name && !gazetteer.regions.some((r) => name.startsWith(r.short)) ? [person(name, start)] : [];
  });
}

/**
 * "65岁的李四出任…": the name after an age. It must end at a delimiter or a word that ends names,
 * since an age also stands before common nouns ("18岁的高中生在…").
 */
function agedPeople(text: string, gazetteer: Gazetteer): Mention[] {
  return [...text.matchAll(AGED)].flatMap((m) => {
    const from = m.index + m[0].length;
    const name = readNameAfter(text, from, gazetteer);
    const end = from + (name?.length ?? 0);
    const clear = !CJK.test(text[end] ?? "") || gazetteer.derived.nameEndWords.some((w) => text.startsWith(w, end));
    return name && clear ? [person(name, from)] : [];
  });
}

/** "免去张三的…职务", "联系人：王磊", "李四不再担任…": cue words before or after the name. */
function cuedPeople(text: string, gazetteer: Gazetteer): Mention[] {
  const people: Mention[] = [];
  for (const cue of gazetteer.lexicon.personBefore) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
      // A list runs on through 、: "老领导A、B、C", "联系人：A、B".
      let from = at + cue.length + (text[at + cue.length] === " " ? 1 : 0);
      for (let name = readNameAfter(text, from, gazetteer); name; name = readNameAfter(text, from, gazetteer)) {
        people.push(person(name, from));
        if (text[from + name.length] !== "、") break;
        from += name.length + 1;
      }
    }
  }
  for (const cue of gazetteer.lexicon.personAfter) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
      const name = [3, 2].map((n) => text.slice(at - n, at)).find((n) => /^[\u4e00-\u9fff]+$/.test(n) && gazetteer.surnames.has(n.slice(0, 1)) && !CJK.test(text[at - n.length - 1] ?? ""));
      if (name) people.push(person(name, at - name.length));
    }
  }
  return people;
}

/** A notice's contact line: "…司 王磊 010-68205364". */
function contactPeople(text: string, gazetteer: Gazetteer): Mention[] {
  return [...text.matchAll(CONTACT)].flatMap((m) => {
    const name = m[1] ?? "";
    return gazetteer.surnames.has(name.slice(0, 1)) ? [person(name, m.index + m[0].indexOf(name))] : [];
  });
}

/** "肖华：做好规划落实预研" — an interview titled with the speaker's name. */
function titlePerson(text: string, gazetteer: Gazetteer): Mention[] {
  const name = /^([\u4e00-\u9fff]{2,3})[:：]/.exec(text)?.[1];
  return name && readNameAfter(text, 0, gazetteer) === name ? [person(name, 0)] : [];
}

/**
 * Input: text, gazetteer. Output: a Person mention for each person the text names in a way that
 * carries no post of its own (posts come from titles next to names, in find-posts).
 */
export function peopleWithoutPost(text: string, gazetteer: Gazetteer): Mention[] {
  return [
    ...titlePerson(text, gazetteer),
    ...cuedPeople(text, gazetteer),
    ...contactPeople(text, gazetteer),
    ...creditedPeople(text, gazetteer),
    ...patternPeople(text, PHOTO_CREDIT, gazetteer),
    ...patternPeople(text, ADDRESSEE, gazetteer),
    ...patternPeople(text, LEADER_CORE, gazetteer),
    ...patternPeople(text, TAKEN_BY, gazetteer),
    ...agedPeople(text, gazetteer),
  ];
}
