/**
 * The relationships of the API bench's graph, drawn from documents as the extraction finds them: each source
 * document mentions a skewed handful of entities, and every fact (OWNS, HOLDS, COLLABORATES) is stated by a
 * document that mentions both its ends, in that document's year, with its sentence as evidence. A fact two
 * documents state gets both sentences (as a batch's rows combine), so hubs gather long evidence lists.
 */
import { EXTRACTION_CONFIDENCE, type ExtractionMethod, type RelationshipType } from "../cypher/model";
import { factKeyOf } from "../cypher/fact-key";
import type { EntityPools, SourceDoc } from "./api-graph-entities";
import { evidenceSentence, POST_TITLES } from "./api-names";
import { pick, randomIndex, zipf } from "./prng";

type Row = Record<string, unknown>;
type Rand = () => number;

/** Shares of the relationships per type (MENTIONS takes the rest), close to the bundled corpus's. */
const SHARES = { OWNS: 0.18, HOLDS: 0.06, COLLABORATES: 0.06, CITES: 0.05, PART_OF: 0.0099, SUCCEEDED_BY: 0.0001 };

/** Mentions per document by kind, and how skewed each kind's popularity is (Zipf exponent). */
const MENTION_MIX: { pool: keyof Omit<EntityPools, "sourceDocs" | "names">; weight: number; skew: number }[] = [
  { pool: "ministries", weight: 1.5, skew: 1.0 },
  { pool: "bureaus", weight: 2.5, skew: 0.6 },
  { pool: "organizations", weight: 3, skew: 0.6 },
  { pool: "programs", weight: 4, skew: 0.7 },
  { pool: "persons", weight: 3, skew: 0.5 },
  { pool: "citedDocs", weight: 1, skew: 0.8 },
];

const METHODS: Record<"OWNS" | "HOLDS" | "COLLABORATES", ExtractionMethod[]> = {
  OWNS: ["explicit-subject", "section-owner", "document-subject", "topic-chain", "item-owner"],
  HOLDS: ["post-pattern", "appointment"],
  COLLABORATES: ["collaboration-cue", "co-subject"],
};

export function relationshipTargets(relationships: number, sourceDocs: number): Record<RelationshipType, number> {
  const t = (share: number) => Math.round(relationships * share);
  const fixed = { OWNS: t(SHARES.OWNS), HOLDS: t(SHARES.HOLDS), COLLABORATES: t(SHARES.COLLABORATES), CITES: t(SHARES.CITES), PART_OF: t(SHARES.PART_OF), SUCCEEDED_BY: Math.max(10, t(SHARES.SUCCEEDED_BY)), ISSUED_BY: sourceDocs };
  const taken = Object.values(fixed).reduce((a, b) => a + b, 0);
  return { ...fixed, MENTIONS: relationships - taken };
}

/** Fills each document's mentions (its issuer first) up to its share of `total`; returns the MENTIONS rows. */
export function drawMentions(pools: EntityPools, total: number, rand: Rand): Row[] {
  const pickers = MENTION_MIX.map((m) => ({ ...m, draw: zipf(pools[m.pool].length, m.skew) }));
  const weightSum = MENTION_MIX.reduce((s, m) => s + m.weight, 0);
  const docs = pools.sourceDocs;
  const rows: Row[] = [];
  docs.forEach((doc, i) => {
    const target = Math.floor(total / docs.length) + (i < total % docs.length ? 1 : 0);
    doc.mentions.set(doc.issuerId, 1 + randomIndex(rand, 5));
    for (let attempt = 0; doc.mentions.size < target && attempt < target * 20; attempt++) {
      let r = rand() * weightSum;
      const kind = pickers.find((p) => (r -= p.weight) < 0) ?? pickers[0]!;
      const id = pools[kind.pool][kind.draw(rand)];
      if (id !== undefined && !doc.mentions.has(id)) doc.mentions.set(id, 1 + Math.floor(-Math.log(1 - rand()) * 2));
    }
    for (const [id, count] of doc.mentions) rows.push({ start: doc.id, end: id, count });
  });
  return rows;
}

const isOrg = (id: string) => id.startsWith("bureau:") || id.startsWith("ministry:") || id.startsWith("org:");

/** The mentions of a document by role: orgs (bureaus weighted ×3, as they own most programs), programs, people. */
function roles(doc: SourceDoc): { orgs: string[]; programs: string[]; persons: string[] } {
  const orgs: string[] = [];
  const programs: string[] = [];
  const persons: string[] = [];
  for (const id of doc.mentions.keys()) {
    if (id.startsWith("bureau:")) orgs.push(id, id, id);
    else if (isOrg(id)) orgs.push(id);
    else if (id.startsWith("program:")) programs.push(id);
    else if (id.startsWith("person:")) persons.push(id);
  }
  return { orgs, programs, persons };
}

interface FactDraw {
  type: "OWNS" | "HOLDS" | "COLLABORATES";
  start: string;
  end: string;
  title?: string;
}

function drawFact(type: FactDraw["type"], doc: SourceDoc, rand: Rand): FactDraw | undefined {
  const { orgs, programs, persons } = roles(doc);
  if (type === "OWNS") return orgs.length > 0 && programs.length > 0 ? { type, start: pick(rand, orgs), end: pick(rand, programs) } : undefined;
  if (type === "HOLDS") return persons.length > 0 && orgs.length > 0 ? { type, start: pick(rand, persons), end: pick(rand, orgs), title: pick(rand, POST_TITLES) } : undefined;
  const distinctOrgs = [...new Set(orgs)];
  if (distinctOrgs.length < 2) return undefined;
  const a = pick(rand, distinctOrgs);
  const b = pick(rand, distinctOrgs.filter((o) => o !== a));
  return { type, start: a, end: b };
}

const VERB: Record<FactDraw["type"], string> = { OWNS: "牵头组织实施", HOLDS: "任", COLLABORATES: "会同" };
const KEY_LIST: Record<FactDraw["type"], keyof SourceDoc["keys"]> = { OWNS: "ownsKeys", HOLDS: "holdsKeys", COLLABORATES: "collaboratesKeys" };

/** Adds one document's sentences to a fact row (new or stated before by other documents): one, sometimes two or three. */
function addEvidence(row: Row, fact: FactDraw, doc: SourceDoc, pools: EntityPools, rand: Rand): void {
  const object = fact.type === "HOLDS" ? `${pools.names.get(fact.end) ?? ""}${fact.title ?? ""}` : (pools.names.get(fact.end) ?? "");
  const sentences = 1 + (rand() < 0.3 ? 1 : 0) + (rand() < 0.1 ? 1 : 0);
  for (let i = 0; i < sentences; i++) {
    const method = pick(rand, METHODS[fact.type]);
    const sentence = evidenceSentence(pools.names.get(fact.start) ?? "", VERB[fact.type], object, doc.year, rand);
    const start = randomIndex(rand, 20_000);
    (row.evidence as string[]).push(sentence);
    (row.evidenceDocIds as string[]).push(doc.id);
    (row.evidenceStarts as number[]).push(start);
    (row.evidenceEnds as number[]).push(start + sentence.length);
    (row.extractedBy as string[]).push(method);
    (row.confidence as number[]).push(EXTRACTION_CONFIDENCE[method]);
  }
  (row.docIds as string[]).push(doc.id);
  if (typeof row.year === "number") row.year = Math.max(row.year, doc.year);
}

/** Draws facts of one type from random documents until `target` distinct keys exist; returns their rows. */
export function drawFacts(type: FactDraw["type"], pools: EntityPools, target: number, rand: Rand): Row[] {
  const facts = new Map<string, Row>();
  const docs = pools.sourceDocs;
  for (let attempt = 0; facts.size < target && attempt < target * 20; attempt++) {
    const doc = docs[randomIndex(rand, docs.length)]!;
    const fact = drawFact(type, doc, rand);
    if (fact === undefined) continue;
    const key = factKeyOf(type, fact.start, fact.end, doc.year, fact.title);
    let row = facts.get(key);
    if (row !== undefined && (row.docIds as string[]).includes(doc.id)) continue;
    if (row === undefined) {
      row = { start: fact.start, end: fact.end, key, year: doc.year, docIds: [], evidence: [], evidenceDocIds: [], evidenceStarts: [], evidenceEnds: [], extractedBy: [], confidence: [] };
      if (fact.title !== undefined) row.title = fact.title;
      facts.set(key, row);
    }
    addEvidence(row, fact, doc, pools, rand);
    doc.keys[KEY_LIST[type]].push(key);
  }
  return [...facts.values()];
}
