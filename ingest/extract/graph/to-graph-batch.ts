/** Turns one document's meta, entities and facts into its DocumentGraph (nodes and relationships of cypher/model.ts). */
import { EXTRACTION_CONFIDENCE, nodeId } from "../../../cypher/model";
import type { GraphNode, GraphRelationship, NodeProperties, DatedFactProperties, ExtractionMethod } from "../../../cypher/model";
import { entryKey } from "../../gazetteer/load-gazetteer";
import type { Gazetteer, GazetteerEntry } from "../../gazetteer/load-gazetteer";
import { lineageRelationships } from "./lineage-relationships";
import type { DocumentGraph, NormalisedText } from "../../model";
import type { DatedFact, DocumentMeta, EntityRef, PostFact, ResolvedEntity, Sentence } from "../extraction-types";
import { groupBy } from "./group-by";
import { isOrgLabel } from "../org-labels";

export interface GraphBatchInput {
  doc: NormalisedText;
  meta: DocumentMeta;
  entities: ResolvedEntity[];
  posts: PostFact[];
  facts: DatedFact[];
}

function refId(ref: EntityRef): string {
  return nodeId(ref.label, ref.name);
}

function documentNode(doc: NormalisedText, meta: DocumentMeta): GraphNode {
  const properties: NodeProperties = {
    id: doc.docId, name: meta.title, title: meta.title, file: doc.file, sha256: doc.sha256,
    source: true, aliases: [],
  };
  if (doc.origin) properties.origin = doc.origin;
  if (meta.titleDerived) properties.titleDerived = true;
  if (meta.date) properties.date = meta.date;
  if (meta.year !== undefined) properties.year = meta.year;
  if (meta.issuer) properties.issuer = meta.issuer;
  if (meta.docNumber) properties.docNumber = meta.docNumber;
  properties.kind = meta.kind;
  return { id: doc.docId, labels: ["Document"], properties };
}

function entityNode(entity: ResolvedEntity): GraphNode {
  const id = refId(entity.ref);
  const aliases = entity.names.filter((n) => n !== entity.ref.name);
  const properties: Record<string, unknown> = { id, name: entity.ref.name, aliases };
  if (entity.nameEn) properties.nameEn = entity.nameEn;
  if (entity.kind && entity.ref.label !== "Program") properties.kind = entity.kind;
  if (entity.category && entity.ref.label === "Program") properties.category = entity.category;
  if (entity.ref.label === "Document") Object.assign(properties, { title: entity.ref.name, source: false });
  return { id, labels: [entity.ref.label], properties: properties as unknown as NodeProperties };
}

interface Evidence {
  sentence: Sentence;
  method: ExtractionMethod;
}

/** One evidence entry per sentence, in text order; a sentence read two ways keeps its surest reading. */
function evidenceOf(docId: string, found: Evidence[]): DatedFactProperties {
  const bySentence = new Map<number, Evidence>();
  for (const e of found) {
    const seen = bySentence.get(e.sentence.start);
    if (!seen || EXTRACTION_CONFIDENCE[e.method] > EXTRACTION_CONFIDENCE[seen.method]) bySentence.set(e.sentence.start, e);
  }
  const unique = [...bySentence.values()].sort((a, b) => a.sentence.start - b.sentence.start);
  return {
    evidence: unique.map((e) => e.sentence.text),
    evidenceDocIds: unique.map(() => docId),
    evidenceStarts: unique.map((e) => e.sentence.start),
    evidenceEnds: unique.map((e) => e.sentence.end),
    extractedBy: unique.map((e) => e.method),
    confidence: unique.map((e) => EXTRACTION_CONFIDENCE[e.method]),
    docIds: [docId],
  };
}

function datedRelationships(docId: string, facts: DatedFact[]): GraphRelationship[] {
  const groups = groupBy(facts, (f) => `${f.type}|${refId(f.from)}|${refId(f.to)}|${f.year ?? ""}`);
  return groups.map((group) => {
    const first = group[0] as DatedFact;
    const props = evidenceOf(docId, group);
    const year = first.year === undefined ? {} : { year: first.year };
    const properties = first.type === "OWNS" ? { ...year, ...props, count: props.evidence.length } : { ...year, ...props };
    return { type: first.type, start: refId(first.from), end: refId(first.to), properties } as GraphRelationship;
  });
}

function holdsRelationships(docId: string, posts: PostFact[], year: number | undefined): GraphRelationship[] {
  const groups = groupBy(posts, (p) => `${p.person}|${refId(p.org)}|${p.title}`);
  return groups.map((group) => {
    const first = group[0] as PostFact;
    const properties = { ...(year === undefined ? {} : { year }), title: first.title, ...evidenceOf(docId, group) };
    return { type: "HOLDS", start: nodeId("Person", first.person), end: refId(first.org), properties };
  });
}

/** The org entities the issuer string names: one, or several for a joint notice ("工业和信息化部 财政部"). */
function issuersOf(meta: DocumentMeta, entities: ResolvedEntity[]): ResolvedEntity[] {
  const orgs = entities.filter((e) => isOrgLabel(e.ref.label));
  const parts = meta.issuer ? [meta.issuer, ...meta.issuer.split(/[\s、]+/)] : [];
  return orgs.filter((e) => parts.some((p) => e.names.includes(p)));
}

/** An entity for a gazetteer entry the document does not name (a parent, a body of a lineage). */
function gazetteerEntity(entry: GazetteerEntry): ResolvedEntity {
  return { ref: { label: entry.label, name: entry.name }, names: [entry.name, ...entry.aliases], count: 0, nameEn: entry.nameEn, kind: entry.kind, category: entry.category };
}

/** PART_OF edges (and the parent nodes they need) for entities whose gazetteer entry names a parent. */
function partOf(entities: ResolvedEntity[], gazetteer: Gazetteer): { nodes: GraphNode[]; rels: GraphRelationship[] } {
  const present = new Set(entities.map((e) => refId(e.ref)));
  const nodes: GraphNode[] = [];
  const rels: GraphRelationship[] = [];
  for (const entity of entities) {
    if (!entity.partOf) continue;
    const parentLabel = entity.ref.label === "Program" ? "Program" : "Ministry";
    const parent = gazetteer.byKey.get(entryKey(parentLabel, entity.partOf)) ?? gazetteer.byKey.get(entryKey("Bureau", entity.partOf));
    if (!parent) continue;
    const parentRef = { label: parent.label, name: parent.name };
    if (!present.has(refId(parentRef))) {
      present.add(refId(parentRef));
      nodes.push(entityNode(gazetteerEntity(parent)));
    }
    rels.push({ type: "PART_OF", start: refId(entity.ref), end: refId(parentRef), properties: {} });
  }
  return { nodes, rels };
}

/**
 * Input: the document, its meta, resolved entities and facts. Output: the document node, a node
 * and a MENTIONS {count} per entity, CITES per cited title, ISSUED_BY, PART_OF from the gazetteer,
 * and OWNS/HOLDS/COLLABORATES with their evidence sentences as parallel lists.
 */
export function toGraphBatch(input: GraphBatchInput, gazetteer: Gazetteer): DocumentGraph {
  const { doc, meta, entities } = input;
  const docId = doc.docId;
  const mentioned = entities.filter((e) => e.count > 0);
  const parents = partOf(entities, gazetteer);
  const lineage = lineageRelationships(entities, gazetteer, new Set([...entities, ...parents.nodes].map((e) => ("ref" in e ? refId(e.ref) : e.id))));
  const lineageNodes = lineage.entries.map((e) => entityNode(gazetteerEntity(e)));
  const nodes = [documentNode(doc, meta), ...entities.map(entityNode), ...parents.nodes, ...lineageNodes];
  const mentions: GraphRelationship[] = mentioned.map((e) => ({ type: "MENTIONS", start: docId, end: refId(e.ref), properties: { count: e.count } }));
  const cites: GraphRelationship[] = mentioned
    // A document names its own title (an official notice's title line) without citing itself;
    // a web page's title adds the site's name after it ("…的通知 - 中华人民共和国工业和信息化部").
    .filter((e) => e.ref.label === "Document" && e.ref.name !== meta.title.trim() && !meta.title.startsWith(`${e.ref.name} `))
    .map((e) => ({ type: "CITES", start: docId, end: refId(e.ref), properties: {} }));
  const issued: GraphRelationship[] = issuersOf(meta, entities).map((e) => ({ type: "ISSUED_BY", start: docId, end: refId(e.ref), properties: {} }));
  const relationships = [
    ...mentions, ...cites, ...issued, ...parents.rels, ...lineage.relationships,
    ...datedRelationships(docId, input.facts),
    ...holdsRelationships(docId, input.posts, meta.year),
  ];
  return { docId, file: doc.file, sha256: doc.sha256, ...(doc.origin === undefined ? {} : { origin: doc.origin }), nodes, relationships };
}
