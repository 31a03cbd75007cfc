/** GET /api/graph (the overview graph, filtered by years, labels and types) and GET /api/years (the time histogram). */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { DATED_RELATIONSHIP_TYPES } from "../../../cypher/model";
import type { YearHistogramResponse } from "../../shared/api-types";
import { EncodedBody, sendEncoded } from "../encoded-body";
import { readOverview } from "../graph/overview";
import { parseInput, type ApiContext } from "./context";
import { graphQuerySchema } from "./graph-params";

const yearRow = z.object({ year: z.number().int(), type: z.string(), count: z.number() });
const sizeRow = z.object({ nodes: z.number().int(), relationships: z.number().int() });

export function registerGraphRoutes(app: FastifyInstance, ctx: ApiContext): void {
  // One overview per filter while the data stamp holds: fifty clients opening the page cost one computation, serialised
  // and compressed once; the first request after an ingest (or any commit) computes it afresh.
  app.get("/graph", async (request, reply) => {
    const filter = parseInput(graphQuerySchema, request.query, "graph filter");
    const { rows: size, stamp } = await ctx.client.readStamped("count-graph-size", {}, sizeRow);
    const body = await ctx.answers.get(stamp, `graph ${JSON.stringify(filter)}`, async () => new EncodedBody(await readOverview(ctx, filter, size[0]?.relationships ?? 0)));
    return sendEncoded(request, reply, body);
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
