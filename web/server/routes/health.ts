/** GET /api/health: whether Neo4j answers, its version and edition, and counts by label and type. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../../../cypher/model";
import type { HealthResponse } from "../../shared/api-types";
import type { ApiContext } from "./context";

const componentRow = z.object({ name: z.string(), versions: z.array(z.string()), edition: z.string() });
const labelCountRow = z.object({ label: z.string(), count: z.number() });
const typeCountRow = z.object({ type: z.string(), count: z.number() });
const sizeRow = z.object({ nodes: z.number(), relationships: z.number() });

export function registerHealthRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/health", async (_request, reply) => {
    const reach = await ctx.client.reachability();
    if (!reach.reachable) {
      const body: HealthResponse = {
        ok: false,
        neo4j: { reachable: false, message: reach.message },
        error: { code: "database_unavailable", message: reach.message },
      };
      return reply.code(503).send(body);
    }
    const [components, byLabel, byType, size] = await Promise.all([
      ctx.client.read("get-dbms-components", {}, componentRow),
      ctx.client.read("count-nodes-by-label", {}, labelCountRow),
      ctx.client.read("count-relationships-by-type", {}, typeCountRow),
      ctx.client.read("count-graph-size", {}, sizeRow),
    ]);
    const kernel = components.find((c) => c.name === "Neo4j Kernel") ?? components[0];
    const body: HealthResponse = {
      ok: true,
      neo4j: { reachable: true, version: kernel?.versions[0], edition: kernel?.edition },
      counts: {
        nodes: size[0]?.nodes ?? 0,
        relationships: size[0]?.relationships ?? 0,
        byLabel: { ...zeros(NODE_LABELS), ...Object.fromEntries(byLabel.map((r) => [r.label, r.count])) },
        byType: { ...zeros(RELATIONSHIP_TYPES), ...Object.fromEntries(byType.map((r) => [r.type, r.count])) },
      },
    };
    return body;
  });
}

/** Every label or type with count 0, so that absent ones still show (the count store omits unknown tokens). */
function zeros(names: readonly string[]): Record<string, number> {
  return Object.fromEntries(names.map((name) => [name, 0]));
}
