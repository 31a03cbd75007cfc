/** Unions the graphs of many documents into one GraphJson: nodes by id, relationships by identity, evidence concatenated. */
import type { GraphJson, GraphNode, GraphRelationship, ProgramProperties } from "../../../cypher/model";
import type { DocumentGraph } from "../../model";
import { groupBy } from "./group-by";

type AnyProps = Record<string, unknown>;

/** The list properties of a group, one after another, duplicates dropped (first occurrence kept). */
function unionOf(props: AnyProps[], key: string): string[] {
  const all = new Set<string>();
  for (const p of props) for (const value of (p[key] as string[] | undefined) ?? []) all.add(value);
  return [...all];
}

/** The list properties of a group, one after another; appended in place, so linear in the total length. */
function concatOf(props: AnyProps[], key: string): unknown[] {
  const all: unknown[] = [];
  for (const p of props) for (const value of (p[key] as unknown[] | undefined) ?? []) all.push(value);
  return all;
}

/** One node from all the nodes with its id; aliases are unioned once for the group, not per document. */
function mergeNodes(group: GraphNode[]): GraphNode {
  const first = group[0] as GraphNode;
  if (group.length === 1) return first;
  const all = group.map((n) => n.properties as unknown as AnyProps);
  let merged = all[0] as AnyProps;
  for (const b of all.slice(1)) {
    // A source document's own node wins over a cited title with the same id.
    const base = merged.source === true ? { ...b, ...merged } : { ...merged, ...b };
    merged = { ...base, aliases: undefined };
  }
  merged.aliases = unionOf(all, "aliases");
  return { ...first, properties: merged as unknown as GraphNode["properties"] };
}

/**
 * Identity of a relationship: type, ends and year; a HOLDS is one post, (person, org, title),
 * whatever year each document speaks from — as the loader merges it in Neo4j.
 */
function relationshipKey(r: GraphRelationship): string {
  const p = r.properties as unknown as AnyProps;
  if (r.type === "HOLDS") return `${r.type}|${r.start}|${r.end}|${String(p.title)}`;
  return `${r.type}|${r.start}|${r.end}|${String(p.year ?? "")}`;
}

/** A post's year is the latest year a document reports it held. */
function latestYear(a: unknown, b: unknown): number | undefined {
  const years = [a, b].filter((y): y is number => typeof y === "number");
  return years.length > 0 ? Math.max(...years) : undefined;
}

/**
 * One relationship from all those with its identity: structural ones add their counts; dated ones
 * concatenate their evidence lists and union their docIds, each list built once for the group.
 */
function mergeRelationships(group: GraphRelationship[]): GraphRelationship {
  const first = group[0] as GraphRelationship;
  if (group.length === 1) return first;
  const all = group.map((r) => r.properties as unknown as AnyProps);
  const a = all[0] as AnyProps;
  if (first.type === "MENTIONS" || first.type === "PART_OF" || first.type === "SUCCEEDED_BY" || first.type === "CITES" || first.type === "ISSUED_BY") {
    if (typeof a.count !== "number") return { ...first, properties: { ...a } as unknown as GraphRelationship["properties"] };
    let count = a.count;
    for (const b of all.slice(1)) count += (b.count as number | undefined) ?? 0;
    return { ...first, properties: { ...a, count } as unknown as GraphRelationship["properties"] };
  }
  const merged: AnyProps = {
    ...a,
    evidence: concatOf(all, "evidence"),
    evidenceDocIds: concatOf(all, "evidenceDocIds"),
    evidenceStarts: concatOf(all, "evidenceStarts"),
    evidenceEnds: concatOf(all, "evidenceEnds"),
    extractedBy: concatOf(all, "extractedBy"),
    confidence: concatOf(all, "confidence"),
    docIds: unionOf(all, "docIds"),
  };
  if (first.type === "OWNS") merged.count = (merged.evidence as unknown[]).length;
  if (first.type === "HOLDS") merged.year = all.slice(1).reduce<number | undefined>((year, b) => latestYear(year, b.year), a.year as number | undefined);
  return { ...first, properties: merged as unknown as GraphRelationship["properties"] };
}

/** Program firstYear/lastYear come from the years of the OWNS that reach it. */
function withProgramYears(nodes: GraphNode[], relationships: GraphRelationship[]): GraphNode[] {
  const years = new Map<string, { first: number; last: number }>();
  for (const r of relationships) {
    const year = (r.properties as unknown as AnyProps).year;
    if (r.type !== "OWNS" || typeof year !== "number") continue;
    const seen = years.get(r.end);
    years.set(r.end, seen ? { first: Math.min(seen.first, year), last: Math.max(seen.last, year) } : { first: year, last: year });
  }
  return nodes.map((n) => {
    const span = years.get(n.id);
    if (n.labels[0] !== "Program" || !span) return n;
    const properties: ProgramProperties = { ...(n.properties as ProgramProperties), firstYear: span.first, lastYear: span.last };
    return { ...n, properties };
  });
}

/**
 * Input: per-document graphs. Output: one graph where nodes are unioned by id (aliases unioned),
 * relationships by (type, start, end, year[, title]) with evidence lists and docIds concatenated,
 * and Program firstYear/lastYear set from OWNS years. Order follows first appearance.
 */
export function mergeDocumentGraphs(graphs: DocumentGraph[]): GraphJson {
  // Grouping first and merging each group once keeps the cost linear in the evidence, however many documents repeat a fact.
  const nodes = groupBy(graphs.flatMap((g) => g.nodes), (n) => n.id).map(mergeNodes);
  const relationships = groupBy(graphs.flatMap((g) => g.relationships), relationshipKey).map(mergeRelationships);
  return { nodes: withProgramYears(nodes, relationships), relationships };
}
