/** Scores one document's extracted graph against its gold set, by the guideline's matching rules. */
import type { GraphJson, GraphNode } from "../../cypher/model";
import type { GoldDocument } from "./load-gold";
import { normaliseName } from "./normalise-name";

export const ENTITY_LABELS = ["Bureau", "Ministry", "Organization", "Program", "Person", "Document"] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];
export const UNITS = ["entities", ...ENTITY_LABELS, "OWNS", "HOLDS", "COLLABORATES"] as const;
export type Unit = (typeof UNITS)[number];

/** Counts for one unit: matched predictions, all predictions, matched gold lines, all gold lines. */
export interface UnitScore {
  predictedMatched: number;
  predicted: number;
  goldMatched: number;
  gold: number;
  misses: string[];
  falseHits: string[];
}

export type DocumentScore = { doc: string } & Record<Unit, UnitScore>;

interface Named {
  label: string;
  names: Set<string>;
  display: string;
}

function namedNode(node: GraphNode): Named {
  const p = node.properties as { name: string; aliases?: string[] };
  return { label: node.labels[0], names: new Set([p.name, ...(p.aliases ?? [])].map(normaliseName)), display: p.name };
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function emptyScore(): UnitScore {
  return { predictedMatched: 0, predicted: 0, goldMatched: 0, gold: 0, misses: [], falseHits: [] };
}

/** Generic matcher: counts matches both ways and lists the unmatched on each side. */
function matchSets<P, G>(pred: P[], gold: G[], same: (p: P, g: G) => boolean, showP: (p: P) => string, showG: (g: G) => string): UnitScore {
  const score = emptyScore();
  score.predicted = pred.length;
  score.gold = gold.length;
  for (const p of pred) {
    if (gold.some((g) => same(p, g))) score.predictedMatched++;
    else score.falseHits.push(showP(p));
  }
  for (const g of gold) {
    if (pred.some((p) => same(p, g))) score.goldMatched++;
    else score.misses.push(showG(g));
  }
  return score;
}

/** Gold entities by label, and a lookup from a canonical (first) name to all of its names. */
function goldEntities(gold: GoldDocument): { list: Named[]; byName: Map<string, Set<string>> } {
  const list: Named[] = [];
  const byName = new Map<string, Set<string>>();
  for (const label of ENTITY_LABELS) {
    for (const names of gold.entities[label]) {
      const named = { label, names: new Set(names.map(normaliseName)), display: names[0] ?? "" };
      list.push(named);
      byName.set(normaliseName(names[0] ?? ""), named.names);
    }
  }
  return { list, byName };
}

function namesOf(byName: Map<string, Set<string>>, name: string): Set<string> {
  return byName.get(normaliseName(name)) ?? new Set([normaliseName(name)]);
}

function sumScores(scores: UnitScore[]): UnitScore {
  const total = emptyScore();
  for (const s of scores) {
    total.predictedMatched += s.predictedMatched;
    total.predicted += s.predicted;
    total.goldMatched += s.goldMatched;
    total.gold += s.gold;
    total.misses.push(...s.misses);
    total.falseHits.push(...s.falseHits);
  }
  return total;
}

interface PredRel {
  type: string;
  a: Named;
  b: Named;
  year?: number;
  title?: string;
  method?: string;
}

/** The method of a fact's most confident evidence: the reading a reader weighs it by. */
function strongestMethod(methods: string[] = [], confidence: number[] = []): string | undefined {
  let best: number | undefined;
  for (let i = 0; i < methods.length; i++) if (best === undefined || (confidence[i] ?? 0) > (confidence[best] ?? 0)) best = i;
  return best === undefined ? undefined : methods[best];
}

function predictedRelations(graph: GraphJson, docId: string, type: string): PredRel[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, namedNode(n)]));
  return graph.relationships
    .filter((r) => r.type === type && ((r.properties as { docIds?: string[] }).docIds ?? [docId]).includes(docId))
    .flatMap((r) => {
      const a = nodes.get(r.start);
      const b = nodes.get(r.end);
      const p = r.properties as { year?: number; title?: string; extractedBy?: string[]; confidence?: number[] };
      return a && b ? [{ type, a, b, year: p.year, title: p.title, method: strongestMethod(p.extractedBy, p.confidence) }] : [];
    });
}

/**
 * Input: the gold set of one document, the graph extracted from it, and the document node's id.
 * Output: per unit (entities overall and per label, OWNS, HOLDS, COLLABORATES) the matched and
 * total counts on both sides with the misses and false hits. Entities are the nodes the document
 * MENTIONS; names match after normaliseName; relations match through the entities' name lists.
 */
export function scoreDocument(gold: GoldDocument, graph: GraphJson, docId: string): DocumentScore {
  const { list, byName } = goldEntities(gold);
  const mentioned = new Set(graph.relationships.filter((r) => r.type === "MENTIONS" && r.start === docId).map((r) => r.end));
  const predicted = graph.nodes.filter((n) => mentioned.has(n.id)).map(namedNode);
  const perLabel = Object.fromEntries(
    ENTITY_LABELS.map((label) => [
      label,
      matchSets(predicted.filter((p) => p.label === label), list.filter((g) => g.label === label), (p, g) => intersects(p.names, g.names), (p) => p.display, (g) => g.display),
    ]),
  ) as Record<EntityLabel, UnitScore>;
  const same = matchers(byName);
  const owns = matchSets(
    predictedRelations(graph, docId, "OWNS"), gold.owns, same.owns,
    (p) => `${p.a.display} → ${p.b.display} ${p.year ?? ""}`, (g) => `${g.org} → ${g.program} ${g.year}  «${g.evidence ?? ""}»`,
  );
  const holds = matchSets(
    predictedRelations(graph, docId, "HOLDS"), gold.holds, same.holds,
    (p) => `${p.a.display} ${p.title ?? ""} @ ${p.b.display}`, (g) => `${g.person} ${g.title} @ ${g.org}`,
  );
  const collaborates = matchSets(
    predictedRelations(graph, docId, "COLLABORATES"), gold.collaborates, same.collaborates,
    (p) => `${p.a.display} ↔ ${p.b.display} ${p.year ?? ""}`, (g) => `${g.org} ↔ ${g.partner} ${g.year ?? ""}`,
  );
  return { doc: gold.doc, entities: sumScores(Object.values(perLabel)), ...perLabel, OWNS: owns, HOLDS: holds, COLLABORATES: collaborates };
}

type GoldOwns = GoldDocument["owns"][number];
type GoldHolds = GoldDocument["holds"][number];
type GoldCollaborates = GoldDocument["collaborates"][number];

/** When a predicted relation is a gold line: names through the gold entities' name lists, years and titles equal. */
function matchers(byName: Map<string, Set<string>>): {
  owns: (p: PredRel, g: GoldOwns) => boolean;
  holds: (p: PredRel, g: GoldHolds) => boolean;
  collaborates: (p: PredRel, g: GoldCollaborates) => boolean;
} {
  return {
    owns: (p, g) => p.year === g.year && intersects(p.a.names, namesOf(byName, g.org)) && intersects(p.b.names, namesOf(byName, g.program)),
    holds: (p, g) => normaliseName(p.title ?? "") === normaliseName(g.title) && intersects(p.a.names, namesOf(byName, g.person)) && intersects(p.b.names, namesOf(byName, g.org)),
    collaborates: (p, g) => (g.year == null || p.year === g.year) && pairMatches(p, namesOf(byName, g.org), namesOf(byName, g.partner)),
  };
}

/** Per extraction method: how many of the document's predicted facts it found, and how many of those are gold lines. */
export type MethodCounts = Map<string, { predicted: number; matched: number }>;

/** Input: as scoreDocument. Output: the precision counts of OWNS, HOLDS and COLLABORATES per method of their strongest evidence. */
export function scoreMethods(gold: GoldDocument, graph: GraphJson, docId: string): MethodCounts {
  const same = matchers(goldEntities(gold).byName);
  const counts: MethodCounts = new Map();
  const count = (p: PredRel, matched: boolean): void => {
    const key = `${p.type} ${p.method ?? "unknown"}`;
    const c = counts.get(key) ?? { predicted: 0, matched: 0 };
    counts.set(key, { predicted: c.predicted + 1, matched: c.matched + (matched ? 1 : 0) });
  };
  for (const p of predictedRelations(graph, docId, "OWNS")) count(p, gold.owns.some((g) => same.owns(p, g)));
  for (const p of predictedRelations(graph, docId, "HOLDS")) count(p, gold.holds.some((g) => same.holds(p, g)));
  for (const p of predictedRelations(graph, docId, "COLLABORATES")) count(p, gold.collaborates.some((g) => same.collaborates(p, g)));
  return counts;
}

function pairMatches(p: PredRel, x: Set<string>, y: Set<string>): boolean {
  return (intersects(p.a.names, x) && intersects(p.b.names, y)) || (intersects(p.a.names, y) && intersects(p.b.names, x));
}

/** Sums document scores unit by unit. */
export function totalScore(scores: DocumentScore[]): DocumentScore {
  const entries = UNITS.map((unit) => [unit, sumScores(scores.map((s) => s[unit]))]);
  return { doc: "ALL", ...(Object.fromEntries(entries) as Record<Unit, UnitScore>) };
}

/** Precision, recall and F1 of a unit; an empty side counts as perfect. */
export function prf(s: UnitScore): { precision: number; recall: number; f1: number } {
  const precision = s.predicted === 0 ? 1 : s.predictedMatched / s.predicted;
  const recall = s.gold === 0 ? 1 : s.goldMatched / s.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
