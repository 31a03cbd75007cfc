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

/**
 * The accepted title or program name that strictly contains `m`, if any. Accepted mentions do not
 * overlap, so at most one does: the last one starting at or before `m` (binary search keeps the whole
 * pass linear-logarithmic in the mentions, where testing every title against every candidate grew with
 * the square of a document's length).
 */
function containerFinder(containers: Mention[]): (m: Mention) => Mention | undefined {
  const sorted = [...containers].sort((a, b) => a.start - b.start);
  return (m) => {
    let low = 0;
    let high = sorted.length - 1;
    let found: Mention | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const candidate = sorted[middle] as Mention;
      if (candidate.start <= m.start) {
        found = candidate;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found !== undefined && strictlyInside(m, found) ? found : undefined;
  };
}

/** Names kept inside a container: organisations, and known programs inside a cited title (落实《三网融合推广方案》). */
function keptInside(m: Mention, container: Mention): boolean {
  return isOrg(m) || (m.source === "gazetteer" && m.entity.label === "Program" && container.entity.label === "Document");
}

/**
 * Input: candidate mentions (any order, overlapping). Output: non-overlapping mentions in text
 * order, longest first; additionally, ministry/bureau/organisation names inside a cited
 * document's title or a program's name are kept (《国务院关于…》 mentions 国务院,
 * 中国联通混合所有制改革试点 mentions 中国联通), because the document names them.
 */
export function resolveOverlaps(candidates: Mention[]): Mention[] {
  const accepted = resolveFlat(candidates);
  const containerOf = containerFinder(accepted.filter((m) => m.entity.label === "Document" || m.entity.label === "Program"));
  const nested = candidates.filter((m) => {
    const container = containerOf(m);
    return container !== undefined && keptInside(m, container);
  });
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
