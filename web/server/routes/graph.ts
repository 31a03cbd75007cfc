/** GET /api/graph (the overview graph, filtered by years, labels and types) and GET /api/years (the time histogram). */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { DATED_RELATIONSHIP_TYPES } from "../../../cypher/model";
import type { ApiGraph, YearHistogramResponse } from "../../shared/api-types";
import { toApiGraph } from "../graph/api-graph";
import { jsonObject, nodeRow, parseInput, type ApiContext } from "./context";
import { graphQuerySchema } from "./graph-params";

const relationshipRow = z.object({ key: z.string(), type: z.string(), source: z.string(), target: z.string(), properties: jsonObject });
const yearRow = z.object({ year: z.number().int(), type: z.string(), count: z.number() });
const countRow = z.object({ nodes: z.number().int() });
const sizeRow = z.object({ nodes: z.number().int(), relationships: z.number().int() });

/** Evidence comes with a node's details (the drill-down), not in the overview: its lists are most of a fact's bytes. */
const EVIDENCE_KEYS = new Set(["evidence", "evidenceDocIds", "evidenceStarts", "evidenceEnds", "extractedBy", "confidence", "docIds"]);

function withoutEvidence<R extends { properties: Record<string, unknown> }>(row: R): R {
  return { ...row, properties: Object.fromEntries(Object.entries(row.properties).filter(([k, v]) => !EVIDENCE_KEYS.has(k) && v !== null)) as R["properties"] };
}

export function registerGraphRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/graph", async (request): Promise<ApiGraph> => {
    const filter = parseInput(graphQuerySchema, request.query, "graph filter");
    const nodeBudget = filter.nodeBudget ?? ctx.config.overviewNodeBudget;
    const edgeBudget = Math.max(ctx.config.overviewEdgeBudget, nodeBudget * 4);
    const range = { types: filter.types, datedTypes: [...DATED_RELATIONSHIP_TYPES], from: filter.from, to: filter.to };
    const [counted, size] = await Promise.all([
      ctx.client.read("count-overview-nodes", { labels: filter.labels }, countRow),
      ctx.client.read("count-graph-size", {}, sizeRow),
    ]);
    const totalNodes = counted[0]?.nodes ?? 0;
    const budgeted = totalNodes > nodeBudget || (size[0]?.relationships ?? 0) > edgeBudget;
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
  });

  app.get("/years", async (): Promise<YearHistogramResponse> => {
    const rows = await ctx.client.read("count-facts-by-year", { types: [...DATED_RELATIONSHIP_TYPES] }, yearRow);
    return toYearHistogram(rows);
  });
}

/** Groups (year, type, count) rows into one entry per year, sorted by year. */
export function toYearHistogram(rows: readonly { year: number; type: string; count: number }[]): YearHistogramResponse {
  const byYear = new Map<number, { year: number; count: number; byType: Record<string, number> }>();
  for (const row of rows) {
    const entry = byYear.get(row.year) ?? { year: row.year, count: 0, byType: {} };
    entry.count += row.count;
    entry.byType[row.type] = (entry.byType[row.type] ?? 0) + row.count;
    byYear.set(row.year, entry);
  }
  return { years: [...byYear.values()].sort((a, b) => a.year - b.year) };
}
