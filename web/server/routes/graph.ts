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

export function registerGraphRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/graph", async (request): Promise<ApiGraph> => {
    const filter = parseInput(graphQuerySchema, request.query, "graph filter");
    const [nodes, relationships] = await Promise.all([
      ctx.client.read("list-overview-nodes", { labels: filter.labels }, nodeRow),
      ctx.client.read(
        "list-overview-relationships",
        { labels: filter.labels, types: filter.types, datedTypes: [...DATED_RELATIONSHIP_TYPES], from: filter.from, to: filter.to },
        relationshipRow,
      ),
    ]);
    const graph = toApiGraph(nodes, relationships);
    graph.attributes = { from: filter.from, to: filter.to, labels: filter.labels, types: filter.types };
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
