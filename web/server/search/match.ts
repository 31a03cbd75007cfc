/** Name forms of an entity (Chinese names, aliases, English name, full pinyin, pinyin initials) and how a query ranks against them. */
import { pinyin } from "pinyin-pro";
import type { NodeLabel } from "../../../cypher/model";

export type FormKind = "name" | "alias" | "english" | "pinyin" | "initials";

export interface NameForm {
  kind: FormKind;
  /** What the user sees as `matched`. */
  display: string;
  /** What the query is compared with (see normaliseForMatch). */
  key: string;
}

export interface SearchEntity {
  id: string;
  label: NodeLabel;
  name: string;
  nameEn?: string;
  aliases: string[];
}

/** 0 exact, 1 prefix, 2 contains; lower is better. Full-text-only hits rank 3. */
export type MatchRank = 0 | 1 | 2 | 3;

export interface Match {
  rank: MatchRank;
  kind: FormKind;
  matched: string;
}

const KIND_ORDER: Record<FormKind, number> = { name: 0, alias: 1, english: 2, pinyin: 3, initials: 4 };

/** Lower-cases, folds full-width forms (NFKC), drops whitespace and pinyin separators; ü → v. */
export function normaliseForMatch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ü/g, "v")
    .replace(/[\s'’·・-]+/g, "");
}

/** Toneless pinyin of a Chinese name, e.g. 工业强基 → "gongyeqiangji"; Latin letters and digits are kept. */
export function fullPinyin(text: string): string {
  return pinyinSyllables(text, false).join("");
}

/** Pinyin initials, e.g. 工业强基 → "gyqj"; digits and Latin runs are kept whole (中国制造2025 → "zgzz2025"). */
export function pinyinInitials(text: string): string {
  return pinyinSyllables(text, true).join("");
}

/**
 * The contextual reading first, then one variant for each other reading of each polyphonic character
 * (苗圩 → "miaoxu", then "miaowei"): names are where pinyin-pro's context guess fails. At most `max` forms.
 */
export function pinyinVariants(text: string, max = 6): string[] {
  const chars = [...text];
  const base = pinyinSyllablesPerChar(chars);
  const variants = [base.join("")];
  chars.forEach((ch, i) => {
    if (!/\p{Script=Han}/u.test(ch)) return;
    for (const reading of pinyin(ch, { toneType: "none", type: "array", multiple: true, v: true })) {
      if (variants.length >= max) return;
      const variant = base.map((b, j) => (j === i ? reading.toLowerCase().replace(/[^a-z]/g, "") : b)).join("");
      if (!variants.includes(variant)) variants.push(variant);
    }
  });
  return variants;
}

/** The contextual reading of each character of a name (Latin runs and digits as they are). */
function pinyinSyllablesPerChar(chars: string[]): string[] {
  const readings = pinyin(chars.join(""), { toneType: "none", type: "array", v: true, nonZh: "spaced" });
  return chars.map((_, i) => (readings[i] ?? "").toLowerCase().replace(/[^a-z0-9]/g, ""));
}

function pinyinSyllables(text: string, initials: boolean): string[] {
  const syllables = pinyin(text, {
    toneType: "none",
    type: "array",
    v: true,
    nonZh: "consecutive",
    ...(initials ? { pattern: "first" as const } : {}),
  });
  return syllables.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, "")).filter((s) => s.length > 0);
}

/** Every form an entity can be found by; pinyin only for names containing Chinese characters. */
export function nameForms(entity: SearchEntity): NameForm[] {
  const forms: NameForm[] = [];
  const seen = new Set<string>();
  const add = (kind: FormKind, display: string, key = normaliseForMatch(display)) => {
    if (key.length === 0 || seen.has(`${kind}|${key}`)) return;
    seen.add(`${kind}|${key}`);
    forms.push({ kind, display, key });
  };
  add("name", entity.name);
  for (const alias of entity.aliases) add("alias", alias);
  if (entity.nameEn !== undefined) add("english", entity.nameEn);
  for (const text of [entity.name, ...entity.aliases]) {
    if (!/\p{Script=Han}/u.test(text)) continue;
    for (const full of [fullPinyin(text), ...pinyinVariants(text).slice(1)]) add("pinyin", full, full);
    const initials = pinyinInitials(text);
    add("initials", initials, initials);
  }
  return forms;
}

/** How the (normalised) query matches one form, if at all. */
export function rankForm(query: string, form: NameForm): MatchRank | undefined {
  if (query.length === 0) return undefined;
  if (form.key === query) return 0;
  if (form.key.startsWith(query)) return 1;
  // Initials are too short for substring matches to mean anything ("q" is inside half the graph).
  if (form.kind !== "initials" && form.key.includes(query)) return 2;
  return undefined;
}

/** The best match of a query against an entity's forms: by rank, then the kind of form, then the shorter text. */
export function bestMatch(query: string, forms: readonly NameForm[]): Match | undefined {
  let best: Match | undefined;
  let bestLength = Infinity;
  for (const form of forms) {
    const rank = rankForm(query, form);
    if (rank === undefined) continue;
    if (best === undefined || compareMatch({ rank, kind: form.kind, matched: form.display }, best, form.key.length, bestLength) < 0) {
      best = { rank, kind: form.kind, matched: form.display };
      bestLength = form.key.length;
    }
  }
  return best;
}

function compareMatch(a: Match, b: Match, aLength: number, bLength: number): number {
  return a.rank - b.rank || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || aLength - bLength;
}

/**
 * compareHits's order without its last two steps (name length is capped, the collation left out) as one number:
 * a hit whose number is greater than another's comes after it in compareHits too.
 */
export function hitOrder(hit: { match: Match; entity: SearchEntity }): number {
  const document = hit.entity.label === "Document" ? 1 : 0;
  return ((hit.match.rank * 2 + document) * 8 + KIND_ORDER[hit.match.kind]) * 4096 + Math.min(hit.entity.name.length, 4095);
}

/** Orders two ranked hits: rank, documents after entities, kind of form, shorter names first, then by name. */
export function compareHits(a: { match: Match; entity: SearchEntity }, b: { match: Match; entity: SearchEntity }): number {
  return (
    a.match.rank - b.match.rank ||
    Number(a.entity.label === "Document") - Number(b.entity.label === "Document") ||
    KIND_ORDER[a.match.kind] - KIND_ORDER[b.match.kind] ||
    a.entity.name.length - b.entity.name.length ||
    a.entity.name.localeCompare(b.entity.name, "zh")
  );
}
