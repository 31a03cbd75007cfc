/**
 * The nodes of the API bench's graph: ministries, bureaus, organizations, programs, people and documents with
 * the product's ids (`<prefix>:<name>`), Chinese names, aliases and English names. Index order is popularity
 * order: entity 0 of a label is its biggest hub (工业和信息化部, 规划司), as in the real corpus.
 */
import { createHash } from "node:crypto";
import { DOCUMENT_KINDS, nodeId, type NodeLabel } from "../cypher/model";
import {
  bureauNames,
  citedTitle,
  documentTitle,
  englishName,
  ministryNames,
  organizationNames,
  personNames,
  programNames,
  programShortName,
} from "./api-names";
import { pick, randomIndex } from "./prng";

export const FIRST_YEAR = 2008;
export const LAST_YEAR = 2024;

/** A loaded source document and what the generated facts say of it (its mentions and its facts' keys). */
export interface SourceDoc {
  id: string;
  title: string;
  year: number;
  issuerId: string;
  mentions: Map<string, number>;
  keys: { ownsKeys: string[]; holdsKeys: string[]; collaboratesKeys: string[]; partOfKeys: string[]; succeededByKeys: string[] };
}

export interface EntityPools {
  ministries: string[];
  bureaus: string[];
  organizations: string[];
  programs: string[];
  persons: string[];
  sourceDocs: SourceDoc[];
  citedDocs: string[];
  /** Every entity's name by id (facts' evidence sentences quote them). */
  names: Map<string, string>;
}

/** How many nodes of each kind a graph of `nodes` nodes holds (shares of the bundled corpus, scaled). */
export function nodeCounts(nodes: number): Record<Exclude<NodeLabel, "Document"> | "sourceDocs" | "citedDocs", number> {
  const ministries = Math.max(5, Math.round(nodes * 0.0004));
  const bureaus = Math.max(20, Math.round(nodes * 0.004));
  const programs = Math.round(nodes * 0.15);
  const persons = Math.round(nodes * 0.25);
  const sourceDocs = Math.round(nodes * 0.4);
  const citedDocs = Math.round(nodes * 0.1);
  const organizations = nodes - ministries - bureaus - programs - persons - sourceDocs - citedDocs;
  return { Ministry: ministries, Bureau: bureaus, Organization: organizations, Program: programs, Person: persons, sourceDocs, citedDocs };
}

export function generateEntities(nodes: number, rand: () => number): EntityPools {
  const counts = nodeCounts(nodes);
  const names = new Map<string, string>();
  const ids = (label: NodeLabel, list: string[]) =>
    list.map((name) => {
      const id = nodeId(label, name);
      names.set(id, name);
      return id;
    });
  const ministries = ids("Ministry", ministryNames(counts.Ministry));
  const bureaus = ids("Bureau", bureauNames(counts.Bureau, rand));
  const organizations = ids("Organization", organizationNames(counts.Organization, rand));
  const programs = ids("Program", programNames(counts.Program, rand));
  const persons = ids("Person", personNames(counts.Person, rand));
  const citedDocs = ids("Document", Array.from({ length: counts.citedDocs }, (_, i) => citedTitle(i, rand)));
  const issuers = [...ministries, ...bureaus.slice(0, Math.ceil(bureaus.length / 4))];
  const sourceDocs: SourceDoc[] = [];
  for (let i = 0; i < counts.sourceDocs; i++) {
    const year = FIRST_YEAR + (i % (LAST_YEAR - FIRST_YEAR + 1));
    // Most documents come from the ministry and its departments: issuers are skewed to the first few.
    const issuerId = issuers[Math.floor(Math.pow(rand(), 2) * issuers.length)] ?? ministries[0] ?? "";
    const title = documentTitle(names.get(issuerId) ?? "", year, rand);
    const id = `doc:${year}-${String(i).padStart(6, "0")}`;
    names.set(id, title);
    sourceDocs.push({ id, title, year, issuerId, mentions: new Map(), keys: { ownsKeys: [], holdsKeys: [], collaboratesKeys: [], partOfKeys: [], succeededByKeys: [] } });
  }
  return { ministries, bureaus, organizations, programs, persons, sourceDocs, citedDocs, names };
}

type Row = Record<string, unknown>;

function entityRow(id: string, label: NodeLabel, aliases: string[], properties: Row): Row {
  return { id, label, aliases, properties: { id, ...properties } };
}

function nameOf(pools: EntityPools, id: string): string {
  return pools.names.get(id) ?? id;
}

/** The merge-entities rows of every node (documents last: their fact key lists are known once the facts are drawn). */
export function entityRows(pools: EntityPools, rand: () => number): Row[] {
  const rows: Row[] = [];
  pools.ministries.forEach((id, i) => rows.push(entityRow(id, "Ministry", i === 0 ? ["工信部", "工业和信息化部"].filter((a) => a !== nameOf(pools, id)) : [], { name: nameOf(pools, id), nameEn: englishName("Ministry", i), kind: "ministry" })));
  pools.bureaus.forEach((id, i) => {
    const name = nameOf(pools, id);
    rows.push(entityRow(id, "Bureau", name.endsWith("司") ? [`工信部${name}`, `工业和信息化部${name}`] : [], { name, nameEn: englishName("Department", i), kind: "bureau" }));
  });
  pools.organizations.forEach((id, i) => rows.push(entityRow(id, "Organization", [], { name: nameOf(pools, id), kind: pick(rand, ["institute", "association", "company", "university"]), ...(i % 5 === 0 ? { nameEn: englishName("Organization", i) } : {}) })));
  pools.programs.forEach((id, i) => {
    const name = nameOf(pools, id);
    const short = programShortName(name);
    rows.push(entityRow(id, "Program", short === undefined ? [] : [short], { name, category: pick(rand, ["project", "plan", "pilot", "platform"]), ...(i % 3 === 0 ? { nameEn: englishName("Program", i) } : {}) }));
  });
  pools.persons.forEach((id) => rows.push(entityRow(id, "Person", [], { name: nameOf(pools, id) })));
  pools.citedDocs.forEach((id) => rows.push(entityRow(id, "Document", [], { name: nameOf(pools, id), title: nameOf(pools, id), source: false })));
  for (const doc of pools.sourceDocs) rows.push(sourceDocumentRow(pools, doc, rand));
  return rows;
}

function sourceDocumentRow(pools: EntityPools, doc: SourceDoc, rand: () => number): Row {
  const stem = doc.id.slice("doc:".length);
  const month = 1 + randomIndex(rand, 12);
  const day = 1 + randomIndex(rand, 28);
  const hash = (salt: string) => createHash("sha256").update(`${salt}${stem}`).digest("hex");
  return entityRow(doc.id, "Document", [], {
    name: doc.title,
    title: doc.title,
    file: `${stem}.txt`,
    sha256: hash("a"),
    origin: hash("b"),
    extractionSha256: hash("c"),
    extractorSha256: "bench-api",
    source: true,
    kind: pick(rand, DOCUMENT_KINDS),
    date: `${doc.year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    year: doc.year,
    issuer: nameOf(pools, doc.issuerId),
    docNumber: `工信部规〔${doc.year}〕${1 + randomIndex(rand, 400)}号`,
    ...doc.keys,
  });
}
