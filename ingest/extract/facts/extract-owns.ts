/** OWNS facts: in a sentence that belongs to an org's section, that org owns every program the sentence names. */
import type { ExtractionMethod } from "../../../cypher/model";
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { DatedFact, EntityRef, Mention, Sentence } from "../extraction-types";
import { findGazetteerMentions } from "../mentions/find-gazetteer-mentions";
import { mentionsIn } from "../spans";

/** The known programs a document's title names: acting on 《工业转型升级规划》 is acting on 工业转型升级. */
function programsInTitle(m: Mention, gazetteer: Gazetteer): EntityRef[] {
  if (m.entity.label !== "Document") return [];
  return findGazetteerMentions(m.entity.name, gazetteer).filter((p) => p.entity.label === "Program").map((p) => p.entity);
}

/** "…，2018年还将遴选100个": a later clause that opens with its own year dates what it names. */
const CLAUSE_YEAR = /[，,；;]\s*((?:19|20)\d{2})年(?!\d{1,2}月|度?底|末|前|以前|之前|以后|后)/g;
const MAX_CLAUSE_YEAR_SHIFT = 10;

/** The year of the clause the offset stands in: the last clause-opening year before it, else the sentence's. */
function clauseYear(sentence: Sentence, offset: number): number | undefined {
  let year = sentence.year;
  for (const m of sentence.text.slice(0, offset - sentence.start).matchAll(CLAUSE_YEAR)) {
    const stated = Number(m[1]);
    if (sentence.year === undefined || Math.abs(stated - sentence.year) <= MAX_CLAUSE_YEAR_SHIFT) year = stated;
  }
  return year;
}

/** A plan's period in its name: "…行动计划(2021-2023年)", "（2016—2020年）". */
const PERIOD = /[(（]((?:19|20)\d{2})\s*[-—–~至]\s*(?:19|20)\d{2}年?[)）]/;
/** What may follow the issued plan: the end of its title, the next title of a list, or the clause's end. */
const TITLE_END = /^》?(?:$|[、和及与《，,。；;]|等)/;
/** What may stand between an issuing verb and a plan it issued: other titles of the same list. */
const TITLE_RUN = /^(?:[了]?(?:《[^》]*》[、和及与]?)*)$/;

/**
 * "工信部会同有关部门出台《X行动计划(2021-2023年)》": a plan issued with a period was issued in its
 * first year, which a later report looking back (a 2022 interview) does not restate.
 */
function issuedYear(sentence: Sentence, m: Mention, year: number | undefined, gazetteer: Gazetteer): number | undefined {
  const first = Number(PERIOD.exec(m.surface)?.[1] ?? NaN);
  // A year the text states for the action (a 2017 review: "发布《…(2016-2020年)》") stands.
  if (Number.isNaN(first) || sentence.yearStated === true || (year !== undefined && year <= first)) return year;
  // "发布《X(2016-2018年)》年度工作要点": the document issued is another one, named after the plan.
  if (!TITLE_END.test(sentence.text.slice(m.end - sentence.start))) return year;
  const before = sentence.text.slice(0, m.start - sentence.start).replace(/《$/, "");
  const verb = [...gazetteer.lexicon.documentVerbs].sort((a, b) => b.length - a.length).find((v) => {
    const at = before.lastIndexOf(v);
    return at >= 0 && TITLE_RUN.test(before.slice(at + v.length));
  });
  return verb === undefined ? year : first;
}

/**
 * "按照国务院关于推进X的部署": X is another body's plan the subject follows, not its own program.
 * The span runs from the lead word to the deference word, within one clause.
 */
function deferredSpans(sentence: Sentence, gazetteer: Gazetteer): Array<{ start: number; end: number }> {
  const { deferenceLeads, deferenceTails } = gazetteer.lexicon;
  if (deferenceLeads.length === 0 || deferenceTails.length === 0) return [];
  const pattern = new RegExp(`(?:${deferenceLeads.join("|")})[^，,。；;]{0,60}?关于[^，,。；;]*?的(?:${deferenceTails.join("|")})`, "g");
  return [...sentence.text.matchAll(pattern)].map((m) => ({ start: sentence.start + (m.index ?? 0), end: sentence.start + (m.index ?? 0) + m[0].length }));
}

/**
 * Who may own a program (GUIDELINE.md, OWNS): a department, a ministry, or a regional government
 * body; a company, an association or a foreign chamber that comments on a program does not run it.
 */
function mayOwn(owner: EntityRef, gazetteer: Gazetteer): boolean {
  if (owner.label === "Bureau" || owner.label === "Ministry") return true;
  return owner.label === "Organization" && gazetteer.regions.some((r) => owner.name.startsWith(r.full) || owner.name.startsWith(r.short) || owner.name.startsWith(`中共${r.short}`));
}

/** A co-owner named with the subject is as sure as the subject only when the subject was written there. */
function coMethod(method: ExtractionMethod): ExtractionMethod {
  return method === "explicit-subject" ? "co-subject" : method;
}

/**
 * Input: dated, owned sentences, the document's mentions and the gazetteer. Output: one OWNS
 * fact per (sentence, program) where the sentence has an owner — programs it names, and known
 * programs named in the titles of documents it acts on; the year is the sentence's, or that of a
 * later clause that states its own.
 */
export function extractOwns(sentences: Sentence[], mentions: Mention[], gazetteer: Gazetteer): DatedFact[] {
  const facts: DatedFact[] = [];
  for (const sentence of sentences) {
    if (!sentence.owner) continue;
    const method = sentence.ownerMethod ?? "explicit-subject";
    const owners = [{ from: sentence.owner, method }, ...(sentence.coOwners ?? []).map((from) => ({ from, method: coMethod(method) }))].filter((o) => mayOwn(o.from, gazetteer));
    const deferred = deferredSpans(sentence, gazetteer);
    for (const m of mentionsIn(sentence, mentions)) {
      if (deferred.some((d) => m.start >= d.start && m.end <= d.end)) continue;
      // A document's voice alone (no subject in the sentence) may forward a title, not act on what it names.
      const programs = m.entity.label === "Program" ? [m.entity] : method === "document-subject" ? [] : programsInTitle(m, gazetteer);
      const year = issuedYear(sentence, m, clauseYear(sentence, m.start), gazetteer);
      for (const owner of owners) facts.push(...programs.map((to) => ({ type: "OWNS" as const, ...owner, to, year, sentence })));
    }
  }
  return facts;
}
