/** Unions the graphs of many documents into one GraphJson: nodes by id, relationships by identity, evidence concatenated. */
import type { GraphJson, GraphNode, GraphRelationship, ProgramProperties } from "../../cypher/model";
import type { DocumentGraph } from "../model";

type AnyProps = Record<string, unknown>;

function union(a: unknown, b: unknown): string[] {
  return [...new Set([...((a as string[] | undefined) ?? []), ...((b as string[] | undefined) ?? [])])];
}

function mergeNode(seen: GraphNode, next: GraphNode): GraphNode {
  const a = seen.properties as unknown as AnyProps;
  const b = next.properties as unknown as AnyProps;
  // A source document's own node wins over a cited title with the same id.
  const base = a.source === true ? { ...b, ...a } : { ...a, ...b };
  const properties = { ...base, aliases: union(a.aliases, b.aliases) };
  return { ...seen, properties: properties as unknown as GraphNode["properties"] };
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

function concat(a: unknown, b: unknown): unknown[] {
  return [...((a as unknown[] | undefined) ?? []), ...((b as unknown[] | undefined) ?? [])];
}

function mergeRelationship(seen: GraphRelationship, next: GraphRelationship): GraphRelationship {
  const a = seen.properties as unknown as AnyProps;
  const b = next.properties as unknown as AnyProps;
  if (seen.type === "MENTIONS" || seen.type === "PART_OF" || seen.type === "CITES" || seen.type === "ISSUED_BY") {
    const count = typeof a.count === "number" ? { count: a.count + ((b.count as number | undefined) ?? 0) } : {};
    return { ...seen, properties: { ...a, ...count } as unknown as GraphRelationship["properties"] };
  }
  const merged: AnyProps = {
    ...a,
    evidence: concat(a.evidence, b.evidence),
    evidenceDocIds: concat(a.evidenceDocIds, b.evidenceDocIds),
    evidenceStarts: concat(a.evidenceStarts, b.evidenceStarts),
    evidenceEnds: concat(a.evidenceEnds, b.evidenceEnds),
    docIds: union(a.docIds, b.docIds),
  };
  if (seen.type === "OWNS") merged.count = (merged.evidence as unknown[]).length;
  if (seen.type === "HOLDS") merged.year = latestYear(a.year, b.year);
  return { ...seen, properties: merged as unknown as GraphRelationship["properties"] };
}

/** Program firstYear/lastYear come from the years of the OWNS that reach it. */
function withProgramYears(nodes: GraphNode[], relationships: GraphRelationship[]): GraphNode[] {
  const years = new Map<string, number[]>();
  for (const r of relationships) {
    const year = (r.properties as unknown as AnyProps).year;
    if (r.type === "OWNS" && typeof year === "number") years.set(r.end, [...(years.get(r.end) ?? []), year]);
  }
  return nodes.map((n) => {
    const ys = years.get(n.id);
    if (n.labels[0] !== "Program" || !ys) return n;
    const properties: ProgramProperties = { ...(n.properties as ProgramProperties), firstYear: Math.min(...ys), lastYear: Math.max(...ys) };
    return { ...n, properties };
  });
}

/**
 * Input: per-document graphs. Output: one graph where nodes are unioned by id (aliases unioned),
 * relationships by (type, start, end, year[, title]) with evidence lists and docIds concatenated,
 * and Program firstYear/lastYear set from OWNS years. Order follows first appearance.
 */
export function mergeDocumentGraphs(graphs: DocumentGraph[]): GraphJson {
  const nodes = new Map<string, GraphNode>();
  const relationships = new Map<string, GraphRelationship>();
  for (const graph of graphs) {
    for (const node of graph.nodes) {
      const seen = nodes.get(node.id);
      nodes.set(node.id, seen ? mergeNode(seen, node) : node);
    }
    for (const rel of graph.relationships) {
      const key = relationshipKey(rel);
      const seen = relationships.get(key);
      relationships.set(key, seen ? mergeRelationship(seen, rel) : rel);
    }
  }
  const rels = [...relationships.values()];
  return { nodes: withProgramYears([...nodes.values()], rels), relationships: rels };
}
