/** Loads the gazetteer (YAML lexicon of bureaus, ministries, organisations, programs and rule words), validated with zod. */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CORE_SCHEMA, load as parseYaml, YAMLException } from "js-yaml";
import { z } from "zod";
import { deriveLookups, type DerivedLookups } from "./derived-lookups";
import { DOCUMENT_KINDS, NODE_LABELS, SUCCESSION_KINDS } from "../../cypher/model";
import { buildLineage, LineageError, type Lineage } from "./lineage";
import type { NodeLabel } from "../../cypher/model";

/** One reorganisation step: the body this one became, when, how, and the source that says so. */
const successionSchema = z.object({
  name: z.string().min(1),
  year: z.number().int().min(1949).max(2100),
  kind: z.enum(SUCCESSION_KINDS),
  source: z.string().min(1),
});

const entrySchema = z.object({
  name: z.string().min(1),
  label: z.enum(NODE_LABELS),
  aliases: z.array(z.string().min(1)).default([]),
  nameEn: z.string().optional(),
  kind: z.string().optional(),
  category: z.string().optional(),
  partOf: z.string().optional(),
  /** What the body became in a reorganisation (lineage.ts turns these into SUCCEEDED_BY). */
  successors: z.array(successionSchema).default([]),
});

const lexiconSchema = z.object({
  /** The ministry whose officials a text names without naming it ("副部长X"). */
  homeMinistry: z.string().optional(),
  /** Post titles; impliedOrg: whose post it is when no org is written; needsOrg: a post only after a written org. */
  titles: z.array(z.object({ title: z.string().min(1), impliedOrg: z.string().optional(), needsOrg: z.boolean().default(false) })).default([]),
  /** Verbs before "ORG TITLE的NAME" that make the post the named person's ("接任…党组书记的李四"). */
  postTakingVerbs: z.array(z.string()).default([]),
  /** Party posts held in the regional party committee written before them ("辽宁省委副书记"). */
  partyCommitteeTitles: z.array(z.string()).default([]),
  titlesAfterName: z.array(z.string()).default([]),
  /** What joins two posts of one person ("部长、党组书记", "局长兼总工程师", "党组书记兼任副部长"). */
  postSeparators: z.array(z.string()).default([]),
  /** Last characters or words of an org name; before a title they mean an org is written there ("某某部副部长"). */
  orgEndings: z.array(z.string()).default([]),
  /** Characters before such an ending that make it the implied org itself ("本部", "我司", "由部党组…"). */
  orgSelfWords: z.array(z.string()).default([]),
  personBefore: z.array(z.string()).default([]),
  personAfter: z.array(z.string()).default([]),
  /** Roles of a byline or credit, before the names they credit ("记者 张三", "编导:李四"). */
  creditRoles: z.array(z.string()).default([]),
  /** Credit roles that may stand straight before the name, without a space or colon ("主播赵六"). */
  creditRolesBeforeName: z.array(z.string()).default([]),
  /** Endings of a form of address that is not a name ("王总", "李老"). */
  addressForms: z.array(z.string()).default([]),
  nameStops: z.array(z.string()).default([]),
  nameWeakStops: z.array(z.string()).default([]),
  /** Single characters that follow a name but hardly ever end one ("苗圩将…", "王明及…"). */
  nameNeverEnds: z.array(z.string()).default([]),
  boundaryWords: z.array(z.string()).default([]),
  programFollowers: z.array(z.string()).default([]),
  programNameHeads: z.array(z.string()).default([]),
  eventSuffixes: z.array(z.string()).default([]),
  technologyTerms: z.array(z.string()).default([]),
  eventPrefixes: z.array(z.string()).default([]),
  leadingWords: z.array(z.string()).default([]),
  listCategoryWords: z.array(z.string()).default([]),
  listEndWords: z.array(z.string()).default([]),
  documentGenericStarts: z.array(z.string()).default([]),
  programSuffixes: z.array(z.string()).default([]),
  programTitleSuffixes: z.array(z.string()).default([]),
  quoteVerbs: z.array(z.string()).default([]),
  documentSuffixes: z.array(z.string()).default([]),
  documentVerbs: z.array(z.string()).default([]),
  documentWeakVerbs: z.array(z.string()).default([]),
  /**
   * `notFollowedBy`: words that make the suffix part of a longer word (大学 + 生 is 大学生, a student).
   * `listed`: an item of a list ("…、某某科技公司等5家") with a long core needs no proper prefix.
   * `school`: after schoolEntryWords or before schoolExitWords ("进入某某大学", "某某学院毕业") neither.
   */
  orgSuffixes: z
    .array(
      z.object({
        suffix: z.string().min(1),
        label: z.enum(NODE_LABELS),
        proper: z.boolean().default(false),
        listed: z.boolean().default(false),
        school: z.boolean().default(false),
        notFollowedBy: z.array(z.string().min(1)).default([]),
      }),
    )
    .default([]),
  properPrefixes: z.array(z.string()).default([]),
  orgBoundaryWords: z.array(z.string()).default([]),
  departmentListCues: z.array(z.string()).default([]),
  schoolEntryWords: z.array(z.string()).default([]),
  schoolExitWords: z.array(z.string()).default([]),
  documentLeadingWords: z.array(z.string()).default([]),
  mediaCuesBefore: z.array(z.string()).default([]),
  mediaCuesAfter: z.array(z.string()).default([]),
  documentGenericParts: z.array(z.string()).default([]),
  regionalBodySuffixes: z.array(z.object({ suffix: z.string().min(1), full: z.string().optional() })).default([]),
  regionalHeadTitles: z.array(z.string()).default([]),
  sourceCues: z.array(z.string()).default([]),
  reportCues: z.array(z.string()).default([]),
  genericPhrases: z.array(z.string()).default([]),
  collaborationCues: z.array(z.string()).default([]),
  subjectCues: z.array(z.string()).default([]),
  subjectTimeWords: z.array(z.string()).default([]),
  /** Connectives that may open a sentence before its subject ("特别是工信部…", "此外，…"). */
  subjectLeadWords: z.array(z.string()).default([]),
  partnerCloseCues: z.array(z.string()).default([]),
  /** Words after a run of orgs that make them a document's co-signers ("A B关于…", "A、B联合印发"). */
  coSignCues: z.array(z.string()).default([]),
  jointActionCues: z.array(z.string()).default([]),
  visitCues: z.array(z.string()).default([]),
  visitTalkWords: z.array(z.string()).default([]),
  captionCues: z.array(z.string()).default([]),
  currentYearCues: z.array(z.string()).default([]),
  nextYearCues: z.array(z.string()).default([]),
  /** The words that join the names of a list ("A、B和C"); the contexts below add their own. */
  listJoints: z.array(z.string()).default([]),
  /** Extra joints of a list of subjects: co-issuers written side by side ("工业和信息化部 财政部"). */
  subjectListJoints: z.array(z.string()).default([]),
  /** Extra joints of a list of partners after a cue ("会同财政部，科技部"). */
  partnerListJoints: z.array(z.string()).default([]),
  /** The levels written after a region's short name (浙江省, 上海市, 广西壮族自治区). */
  regionLevels: z.array(z.string()).default([]),
  /** What a document does when it opens a sentence ("《规划》部署了…"): it then speaks for its issuer. */
  documentSubjectCues: z.array(z.string()).default([]),
  /** "按照…关于X的部署": the lead and closing words of another body's plan that a subject only follows. */
  deferenceLeads: z.array(z.string()).default([]),
  deferenceTails: z.array(z.string()).default([]),
  /** Verbs that put a past year under review ("通报2019年…运行情况"): what follows is dated in it. */
  reviewVerbs: z.array(z.string()).default([]),
  ministryReportCues: z.array(z.string()).default([]),
  /** Verbs after an official's name that give them the word ("谢存表示"): they speak for their unit. */
  speechVerbs: z.array(z.string()).default([]),
  /** A line holding one of these is site chrome, not a headline ("当前位置", "设为首页"). */
  titleChromeCues: z.array(z.string()).default([]),
  /** A line opening with one of these states the page's source, date or author, not its headline. */
  metaLineLeads: z.array(z.string()).default([]),
  /** A first line opening with one of these is a news item's first sentence, not a headline. */
  bodyLeads: z.array(z.string()).default([]),
  /** Headers of a table's column that names each row's responsible department ("牵头负责司局"). */
  responsibleColumnCues: z.array(z.string()).default([]),
  /** Genre cues, tried in order on a document's opening: the first genre one of whose cues it holds. */
  documentKindCues: z.array(z.object({ kind: z.enum(DOCUMENT_KINDS), cues: z.array(z.string().min(1)) })).default([]),
});

/** One YAML file: any of the sections may be present; files merge. */
export const gazetteerFileSchema = z.object({
  entries: z.array(entrySchema).default([]),
  lexicon: lexiconSchema.partial().optional(),
  regions: z.array(z.object({ short: z.string().min(1), full: z.string().min(1) })).default([]),
  surnames: z.array(z.string().min(1)).default([]),
});

export type GazetteerFile = z.infer<typeof gazetteerFileSchema>;
export type GazetteerEntry = z.infer<typeof entrySchema>;
export type Lexicon = z.infer<typeof lexiconSchema>;
export interface Region {
  short: string;
  full: string;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  lexicon: Lexicon;
  regions: Region[];
  surnames: Set<string>;
  /** Every surface form (name, alias, generated prefixed form), NFKC-normalised, to its entry. */
  bySurface: Map<string, GazetteerEntry>;
  /** Canonical name per label, for lookups by `label:name`. */
  byKey: Map<string, GazetteerEntry>;
  /** What the extraction derives from the lists above, built once with them. */
  derived: DerivedLookups;
  /** Reorganisations: who succeeded whom, when and how, both ways (from the entries' successors). */
  lineage: Lineage;
}

export class GazetteerError extends Error {
  override readonly name = "GazetteerError";
}

export function entryKey(label: NodeLabel, name: string): string {
  return `${label}:${name}`;
}

/**
 * Every surface form of an entry; a department is also written after its ministry's names
 * ("工业和信息化部规划司", "工信部规划司").
 */
function surfacesOf(entry: GazetteerEntry, parents: Map<string, GazetteerEntry>): string[] {
  const own = [entry.name, ...entry.aliases];
  const parent = entry.kind === "department" && entry.partOf ? parents.get(entry.partOf) : undefined;
  const prefixes = parent ? [parent.name, ...parent.aliases] : [];
  const prefixed = prefixes.flatMap((p) => own.map((s) => p + s));
  return [...own, ...prefixed].map((s) => s.normalize("NFKC"));
}

function mergeEntries(entries: GazetteerEntry[]): GazetteerEntry[] {
  const byKey = new Map<string, GazetteerEntry>();
  for (const e of entries) {
    const key = entryKey(e.label, e.name);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...e, aliases: [...e.aliases] });
    else byKey.set(key, { ...seen, ...e, aliases: [...new Set([...seen.aliases, ...e.aliases])] });
  }
  return [...byKey.values()];
}

function mergeLexicon(files: GazetteerFile[]): Lexicon {
  const empty = lexiconSchema.parse({});
  const merged: Record<string, unknown[]> = {};
  for (const key of Object.keys(empty) as (keyof Lexicon)[]) {
    if (Array.isArray(empty[key])) merged[key] = files.flatMap((f) => (f.lexicon?.[key] ?? []) as unknown[]);
  }
  const homeMinistry = files.map((f) => f.lexicon?.homeMinistry).filter((h) => h !== undefined).pop();
  return lexiconSchema.parse({ ...merged, homeMinistry });
}

/** The lineage, with a successor that names no entry reported as the gazetteer's error. */
function lineageOf(entries: GazetteerEntry[], byKey: Map<string, GazetteerEntry>): Lineage {
  try {
    return buildLineage(entries, byKey);
  } catch (error) {
    if (error instanceof LineageError) throw new GazetteerError(error.message, { cause: error });
    throw error;
  }
}

/** Pure: builds the gazetteer from parsed files; later files extend and override earlier ones. */
export function buildGazetteer(files: GazetteerFile[]): Gazetteer {
  const entries = mergeEntries(files.flatMap((f) => f.entries));
  const bySurface = new Map<string, GazetteerEntry>();
  const byKey = new Map<string, GazetteerEntry>();
  const ministries = new Map(entries.filter((e) => e.label === "Ministry").map((e) => [e.name, e]));
  for (const entry of entries) {
    byKey.set(entryKey(entry.label, entry.name), entry);
    for (const surface of surfacesOf(entry, ministries)) bySurface.set(surface, entry);
  }
  const lexicon = mergeLexicon(files);
  const regions = files.flatMap((f) => f.regions);
  const lineage = lineageOf(entries, byKey);
  return { entries, lexicon, regions, surnames: new Set(files.flatMap((f) => f.surnames)), bySurface, byKey, derived: deriveLookups(entries, bySurface, lexicon, regions), lineage };
}

/**
 * js-yaml with the YAML 1.2 core schema (no dates, no `yes` booleans): the bundled files parse 4× faster than
 * with the `yaml` package, which matters because every extract worker reads them at start.
 */
function readYaml(text: string, source: string): unknown {
  try {
    return parseYaml(text, { schema: CORE_SCHEMA, filename: source });
  } catch (error) {
    if (error instanceof YAMLException) throw new GazetteerError(`load-gazetteer: "${source}" is not valid YAML: ${error.message}`, { cause: error });
    throw error;
  }
}

/** Parses and validates one YAML text; `source` names it in errors. */
export function parseGazetteerFile(text: string, source: string): GazetteerFile {
  const result = gazetteerFileSchema.safeParse(readYaml(text, source) ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new GazetteerError(`load-gazetteer: "${source}": ${problems}`);
  }
  return result.data;
}

/** The bundled YAML files next to this module, in name order. */
export function bundledGazetteerPaths(): string[] {
  const dir = dirname(fileURLToPath(import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Loads the bundled gazetteer plus any user files (`paths`), which merge in after it:
 * a user entry with the same label and name adds aliases and overrides fields.
 */
export function loadGazetteer(paths: string[] = []): Gazetteer {
  return buildGazetteer(readGazetteerFiles(paths));
}

/** The parsed files loadGazetteer builds from (plain data: it crosses to worker threads as it is). */
export function readGazetteerFiles(paths: string[] = []): GazetteerFile[] {
  return [...bundledGazetteerPaths(), ...paths].map((p) => parseGazetteerFile(readFileSync(p, "utf8"), p));
}
