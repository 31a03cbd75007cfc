/** Splits the text into lines and gives each the org whose work it describes (department sections, bylines, reports). */
import type { ExtractionMethod } from "../../../cypher/model";
import type { Gazetteer } from "../../gazetteer/load-gazetteer";
import type { DocumentMeta, EntityRef, Mention, Section } from "../extraction-types";
import { mentionsIn } from "../spans";
import { headingEnumeratorLength } from "./heading-enumerator";
import { isOrg } from "../org-labels";
import { itemOwners } from "./item-owners";
import { readSignatureDate } from "./signature-date";
import { longestWordAt } from "../word-index";

const HEADER_COLON = /^[:：]/;
const MAX_BYLINE_LENGTH = 40;
/** What may precede the org in a byline: "——访工业和信息化部规划司司长罗文". */
const BYLINE_LEAD = /^[—\-－~\s]*(?:专访|访)?/;
/** A department must be named this often for a document without sections to be read as its report. */
const MIN_DEFAULT_OWNER_MENTIONS = 3;
/** What stands before an org that opens a clause. */
const CLAUSE_START = /[\n。；;，,：:由]/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    lines.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return lines;
}

/** "规划司：统筹协调多措并举…", "二、规划司" — a department heading opens that department's section. */
function headerOwner(line: Line, mentions: Mention[]): EntityRef | undefined {
  const lead = headingEnumeratorLength(line.text);
  const m = mentions.find((x) => isOrg(x) && x.start === line.start + lead);
  if (!m || m.entity.label === "Organization") return undefined;
  const rest = line.text.slice(m.end - line.start);
  // A heading that is the name alone ("三、规划司", a markdown "## 规划司") opens its section as a
  // colon does; a ministry's name alone is more often a signature.
  const alone = rest.trim() === "" && (lead > 0 || m.entity.label === "Bureau");
  return HEADER_COLON.test(rest) || alone ? m.entity : undefined;
}

/** "工业和信息化部装备工业司司长 李东" — a short line naming a post opens that department's section. */
function bylineOwner(line: Line, mentions: Mention[], gazetteer: Gazetteer): EntityRef | undefined {
  if (line.text.length > MAX_BYLINE_LENGTH || /[。，,；]/.test(line.text)) return undefined;
  if (!gazetteer.lexicon.titles.some((t) => line.text.includes(t.title))) return undefined;
  const orgs = mentions.filter((m) => isOrg(m) && m.start >= line.start && m.end <= line.end);
  const last = orgs[orgs.length - 1];
  const lead = BYLINE_LEAD.exec(line.text)?.[0].length ?? 0;
  if (!last || last.entity.label === "Organization" || line.start + lead < (orgs[0]?.start ?? 0)) return undefined;
  return last.entity;
}

/** "…司负责人就《…》答记者问": the official who speaks for a department in an interview or an interpretation. */
const SPOKESPERSON = /^(?:有关|主要)?负责(?:人|同志)/;
const SPEAKING = /答记者问|记者提问|采访|解读|介绍/;

/** An interview or a policy interpretation given by a department's head speaks for that department from then on. */
function speakerOwner(line: Line, mentions: Mention[]): EntityRef | undefined {
  if (!SPEAKING.test(line.text)) return undefined;
  const speaker = mentions.find((m) => isOrg(m) && m.entity.label !== "Organization" && SPOKESPERSON.test(line.text.slice(m.end - line.start)));
  return speaker?.entity;
}

/** How often each org opens a clause as its subject ("，规划司将…", "由X牵头"). */
function subjectCounts(text: string, mentions: Mention[], gazetteer: Gazetteer): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (!isOrg(m) || !CLAUSE_START.test(text[m.start - 1] ?? "\n")) continue;
    if (longestWordAt(text, m.end, gazetteer.lexicon.subjectCues)) counts.set(m.entity.name, (counts.get(m.entity.name) ?? 0) + 1);
  }
  return counts;
}

/**
 * Without sections: the department a bureau's report keeps naming ("规划司…", "规划司将…"). It
 * must act as a subject more often than any other org: a notice that only routes mail
 * to a department, or news where several bodies act, is not that department's report.
 */
function defaultOwner(text: string, mentions: Mention[], gazetteer: Gazetteer): EntityRef | undefined {
  const counts = new Map<string, { ref: EntityRef; n: number }>();
  for (const m of mentions) {
    if (m.entity.label !== "Bureau") continue;
    const entry = gazetteer.byKey.get(`Bureau:${m.entity.name}`);
    if (entry && entry.kind !== "department") continue;
    const seen = counts.get(m.entity.name) ?? { ref: m.entity, n: 0 };
    counts.set(m.entity.name, { ref: seen.ref, n: seen.n + 1 });
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (!best || best.n < MIN_DEFAULT_OWNER_MENTIONS) return undefined;
  const subjects = subjectCounts(text, mentions, gazetteer);
  const own = subjects.get(best.ref.name) ?? 0;
  const rival = Math.max(0, ...[...subjects].filter(([name]) => name !== best.ref.name).map(([, n]) => n));
  return own > rival ? best.ref : undefined;
}

/**
 * Input: text, meta, mentions (for org names), gazetteer. Output: one Section per line with its
 * kind and owner: a department header, byline or spokesperson line ("…司负责人答记者问") makes
 * that department the owner of the lines that follow; before any, the owner is the ministry of a
 * work report or, in a department's own report, the department it keeps naming as a subject.
 */
/** The text of the first non-empty line from `from` on ("" at the end); no copy of the rest of the lines. */
function nextNonEmptyLine(lines: Line[], from: number): string {
  for (let i = from; i < lines.length; i++) if ((lines[i] as Line).text.trim() !== "") return (lines[i] as Line).text;
  return "";
}

export function splitSections(text: string, meta: DocumentMeta, mentions: Mention[], gazetteer: Gazetteer): Section[] {
  const lines = linesOf(text);
  const found = lines.map((l, i) => {
    const inLine = mentionsIn(l, mentions);
    // The issuing office alone above a date line signs the text: it is no department heading.
    const signs = readSignatureDate(nextNonEmptyLine(lines, i + 1).trim()) !== undefined;
    return { header: signs ? undefined : headerOwner(l, inLine), byline: bylineOwner(l, inLine, gazetteer), speaker: speakerOwner(l, inLine) };
  });
  const items = itemOwners(lines, gazetteer);
  const hasSections = found.some((f) => f.header || f.byline || f.speaker);
  let owner = meta.owner ?? (hasSections ? undefined : defaultOwner(text, mentions, gazetteer));
  let ownerMethod: ExtractionMethod | undefined = owner ? "document-subject" : undefined;
  return lines.map((line, i) => {
    const { header, byline, speaker } = found[i] ?? {};
    const own = header ?? byline ?? speaker;
    if (own) [owner, ownerMethod] = [own, "section-owner"];
    const caption = gazetteer.lexicon.captionCues.some((c) => line.text.startsWith(c));
    const kind = header ? "heading" : byline ? "byline" : caption ? "caption" : "body";
    const item = items[i];
    if (item) return { start: line.start, end: line.end, text: line.text, kind, owner: item, ownerMethod: "item-owner" as const };
    return { start: line.start, end: line.end, text: line.text, kind, owner, ...(ownerMethod ? { ownerMethod } : {}) };
  });
}
