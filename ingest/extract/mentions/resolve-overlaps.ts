/** Chooses among overlapping mentions: the longest span wins; org names inside a cited title still count. */
import type { Mention, MentionSource } from "../extraction-types";
import { isOrg } from "../org-labels";

/** When two spans are equally long, the more trusted source wins. */
const SOURCE_RANK: Record<MentionSource, number> = {
  gazetteer: 0,
  person: 1,
  title: 2,
  document: 3,
  region: 4,
  quote: 5,
  suffix: 6,
};

/**
 * "某部下设人事司": a department the text places under another ministry (an Organization found by
 * rule, source "region") is not the home ministry's bureau of the same name.
 */
function isPlacedDepartment(m: Mention): boolean {
  return m.source === "region" && m.entity.label === "Organization";
}

function byPreference(a: Mention, b: Mention): number {
  const length = b.end - b.start - (a.end - a.start);
  if (length !== 0) return length;
  const placed = Number(isPlacedDepartment(b)) - Number(isPlacedDepartment(a));
  if (placed !== 0) return placed;
  const rank = SOURCE_RANK[a.source] - SOURCE_RANK[b.source];
  return rank !== 0 ? rank : a.start - b.start;
}

function strictlyInside(m: Mention, container: Mention): boolean {
  return container.start <= m.start && m.end <= container.end && !(container.start === m.start && container.end === m.end);
}

/** A known program named inside a cited title (落实《三网融合推广方案》) is acted on too. */
function isKnownProgramIn(m: Mention, containers: Mention[]): boolean {
  return m.source === "gazetteer" && m.entity.label === "Program" && containers.some((t) => t.entity.label === "Document" && strictlyInside(m, t));
}

/**
 * Input: candidate mentions (any order, overlapping). Output: non-overlapping mentions in text
 * order, longest first; additionally, ministry/bureau/organisation names inside a cited
 * document's title or a program's name are kept (《国务院关于…》 mentions 国务院,
 * 中国联通混合所有制改革试点 mentions 中国联通), because the document names them.
 */
export function resolveOverlaps(candidates: Mention[]): Mention[] {
  const accepted = resolveFlat(candidates);
  const titles = accepted.filter((m) => m.entity.label === "Document" || m.entity.label === "Program");
  const nested = candidates.filter((m) => (isOrg(m) || isKnownProgramIn(m, titles)) && titles.some((t) => strictlyInside(m, t)));
  const nestedKept = resolveFlat(nested);
  return [...accepted, ...nestedKept].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Greedy longest-first selection; a character map makes each overlap test proportional to the span. */
function resolveFlat(candidates: Mention[]): Mention[] {
  const kept: Mention[] = [];
  const taken = new Set<number>();
  for (const m of [...candidates].sort(byPreference)) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = !taken.has(i);
    if (!free) continue;
    kept.push(m);
    for (let i = m.start; i < m.end; i++) taken.add(i);
  }
  return kept;
}
