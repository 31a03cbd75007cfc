/**
 * The overview graph of GET /api/graph: every node and relationship of the filter when the graph is within the
 * budget, else the budget's most important nodes and the relationships among them; no evidence lists.
 */
import { z } from "zod";
import { DATED_RELATIONSHIP_TYPES } from "../../../cypher/model";
import type { ApiGraph } from "../../shared/api-types";
import type { GraphFilter } from "../routes/graph-params";
import { jsonObject, nodeRow, type ApiContext } from "../routes/context";
import { toApiGraph } from "./api-graph";

const relationshipRow = z.object({ key: z.string(), type: z.string(), source: z.string(), target: z.string(), properties: jsonObject });
const countRow = z.object({ nodes: z.number().int() });

/** Evidence comes with a node's details (the drill-down), not in the overview: its lists are most of a fact's bytes. */
const EVIDENCE_KEYS = new Set(["evidence", "evidenceDocIds", "evidenceStarts", "evidenceEnds", "extractedBy", "confidence", "docIds"]);

function withoutEvidence<R extends { properties: Record<string, unknown> }>(row: R): R {
  return { ...row, properties: Object.fromEntries(Object.entries(row.properties).filter(([k, v]) => !EVIDENCE_KEYS.has(k) && v !== null)) as R["properties"] };
}

/** The overview of `filter`; `relationshipsInGraph` (count-graph-size) says whether the edge budget is passed. */
export async function readOverview(ctx: ApiContext, filter: GraphFilter, relationshipsInGraph: number): Promise<ApiGraph> {
  const nodeBudget = filter.nodeBudget ?? ctx.config.overviewNodeBudget;
  const edgeBudget = Math.max(ctx.config.overviewEdgeBudget, nodeBudget * 4);
  const range = { types: filter.types, datedTypes: [...DATED_RELATIONSHIP_TYPES], from: filter.from, to: filter.to };
  const counted = await ctx.client.read("count-overview-nodes", { labels: filter.labels }, countRow);
  const totalNodes = counted[0]?.nodes ?? 0;
  const budgeted = totalNodes > nodeBudget || relationshipsInGraph > edgeBudget;
  const nodes = await ctx.client.read(budgeted ? "list-overview-top-nodes" : "list-overview-nodes", { labels: filter.labels, from: filter.from, to: filter.to, limit: nodeBudget }, nodeRow);
  const relationships = budgeted
    ? await ctx.client.read("list-overview-relationships-among", { ...range, ids: nodes.map((n) => n.key), limit: edgeBudget }, relationshipRow)
    : await ctx.client.read("list-overview-relationships", { ...range, labels: filter.labels }, relationshipRow);
  const graph = toApiGraph(nodes, relationships.map(withoutEvidence));
  graph.attributes = {
    from: filter.from,
    to: filter.to,
    labels: filter.labels,
    types: filter.types,
    totalNodes,
    nodeBudget,
    leftOutNodes: Math.max(0, totalNodes - graph.nodes.length),
    edgesCut: budgeted && relationships.length >= edgeBudget,
  };
  return graph;
}
