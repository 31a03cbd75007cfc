/** Assembles GET /api/paths' paths from the rows of list-shortest-paths (one row per relationship per hop); pure. */
import type { EvidenceItem, PathNode, PathsResponse, PathStep } from "../../shared/api-types";
import { toApiGraph } from "../graph/api-graph";
import { toEvidence, type DocumentRef } from "../drilldown/assemble";
import type { JsonObject, PlainNode, PlainRelationship } from "../json";

export const PATH_FACT_TYPES = ["OWNS", "HOLDS", "COLLABORATES", "PART_OF"] as const;

/** One row of list-shortest-paths. */
export interface PathRow {
  pathIndex: number;
  hop: number;
  nodes: { key: string; labels: string[]; properties: JsonObject }[];
  key: string;
  type: PathStep["type"];
  source: string;
  target: string;
  year: number | null;
  title: string | null;
  evidence: string[];
  evidenceDocIds: string[];
  extractedBy: readonly unknown[] | null;
  confidence: readonly unknown[] | null;
  properties: JsonObject;
}

export type AssembledPaths = Pick<PathsResponse, "paths" | "graph">;

/** Groups the rows into paths (in pathIndex order), each hop into one step with its facts' years, titles and evidence. */
export function assemblePaths(rows: readonly PathRow[], titles: ReadonlyMap<string, DocumentRef>, toPathNode: (node: PathRow["nodes"][number]) => PathNode): AssembledPaths {
  const byPath = new Map<number, PathRow[]>();
  for (const row of rows) byPath.set(row.pathIndex, [...(byPath.get(row.pathIndex) ?? []), row]);
  const nodes = new Map<string, PlainNode>();
  const relationships = new Map<string, PlainRelationship>();
  const paths = [...byPath.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, pathRows]) => {
      const [first] = pathRows;
      if (first === undefined) return { nodes: [], steps: [] };
      for (const n of first.nodes) nodes.set(n.key, { key: n.key, elementId: n.key, labels: n.labels, properties: n.properties });
      for (const r of pathRows) relationships.set(r.key, { key: r.key, type: r.type, source: r.source, target: r.target, properties: r.properties });
      const steps = first.nodes.slice(0, -1).map((from, hop) => toStep(from.key, first.nodes[hop + 1]?.key ?? "", pathRows.filter((r) => r.hop === hop), titles));
      return { nodes: first.nodes.map(toPathNode), steps };
    });
  return { paths, graph: toApiGraph(nodes.values(), relationships.values()) };
}

function toStep(from: string, to: string, facts: readonly PathRow[], titles: ReadonlyMap<string, DocumentRef>): PathStep {
  const seen = new Set<string>();
  const evidence: EvidenceItem[] = facts.flatMap((f) => toEvidence(f, titles, seen));
  const years = [...new Set(facts.flatMap((f) => (f.year === null ? [] : [f.year])))].sort((a, b) => a - b);
  const postTitles = [...new Set(facts.flatMap((f) => (f.title === null || f.title === "" ? [] : [f.title])))];
  const [sample] = facts;
  const step: PathStep = {
    from,
    to,
    type: sample?.type ?? "PART_OF",
    direction: sample === undefined || sample.source === from ? "forward" : "backward",
    years,
    relationships: facts.map((f) => f.key),
    evidence,
  };
  const [onlyYear] = years;
  if (years.length === 1 && onlyYear !== undefined && facts.every((f) => f.year !== null)) step.year = onlyYear;
  if (postTitles.length > 0) step.titles = postTitles;
  return step;
}

/** Every document id the rows' evidence refers to (to look their titles up). */
export function pathEvidenceDocIds(rows: readonly PathRow[]): string[] {
  return [...new Set(rows.flatMap((r) => r.evidenceDocIds))];
}
