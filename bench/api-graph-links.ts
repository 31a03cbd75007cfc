/**
 * The undated relationships of the API bench's graph: a document's issuer (ISSUED_BY) and citations (CITES),
 * the org chart and program hierarchy (PART_OF) and reorganisation chains between bureaus (SUCCEEDED_BY).
 */
import { SUCCESSION_KINDS } from "../cypher/model";
import { factKeyOf } from "../cypher/fact-key";
import type { EntityPools } from "./api-graph-entities";
import { pick, randomIndex, zipf } from "./prng";

type Row = Record<string, unknown>;
type Rand = () => number;

export function issuedByRows(pools: EntityPools): Row[] {
  return pools.sourceDocs.map((doc) => ({ start: doc.id, end: doc.issuerId }));
}

/** Citations, mostly of the often-cited titles, some of other loaded documents; one per (document, cited). */
export function citesRows(pools: EntityPools, target: number, rand: Rand): Row[] {
  const cited = zipf(pools.citedDocs.length, 0.8);
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (let attempt = 0; rows.length < target && attempt < target * 10; attempt++) {
    const doc = pick(rand, pools.sourceDocs);
    const end = rand() < 0.8 ? pools.citedDocs[cited(rand)]! : pick(rand, pools.sourceDocs).id;
    const pair = `${doc.id}\u001f${end}`;
    if (end === doc.id || seen.has(pair)) continue;
    seen.add(pair);
    rows.push({ start: doc.id, end });
  }
  return rows;
}

/**
 * The org chart: every bureau part of a ministry (MIIT's departments of MIIT), then organizations part of a
 * ministry or bureau, then programs part of a more popular program, until `target`.
 */
export function partOfRows(pools: EntityPools, target: number, rand: Rand): Row[] {
  const rows: Row[] = [];
  const add = (start: string, end: string) => {
    const doc = pick(rand, pools.sourceDocs);
    const key = factKeyOf("PART_OF", start, end);
    doc.keys.partOfKeys.push(key);
    rows.push({ start, end, key, docIds: [doc.id] });
  };
  const miit = pools.ministries[0]!;
  pools.bureaus.forEach((bureau, i) => add(bureau, i < 24 ? miit : pick(rand, pools.ministries)));
  const orgs = pools.organizations.slice(0, Math.max(0, Math.floor((target - rows.length) / 2)));
  for (const org of orgs) add(org, rand() < 0.5 ? pick(rand, pools.ministries) : pick(rand, pools.bureaus));
  for (let i = 1; rows.length < target && i < pools.programs.length; i++) add(pools.programs[i]!, pools.programs[randomIndex(rand, i)]!);
  return rows;
}

/** Reorganisations: bureau m+1 became bureau ⌊m/2⌋, so chains run up to log₂(n) steps and never loop. */
export function succeededByRows(pools: EntityPools, target: number, rand: Rand): Row[] {
  const rows: Row[] = [];
  for (let m = 0; m < target && m + 1 < pools.bureaus.length; m++) {
    const start = pools.bureaus[m + 1]!;
    const end = pools.bureaus[Math.floor(m / 2)]!;
    const doc = pick(rand, pools.sourceDocs);
    const key = factKeyOf("SUCCEEDED_BY", start, end);
    doc.keys.succeededByKeys.push(key);
    rows.push({ start, end, key, year: 2008 + (m % 12), kind: pick(rand, SUCCESSION_KINDS), evidence: ["国务院机构改革方案"], docIds: [doc.id] });
  }
  return rows;
}
