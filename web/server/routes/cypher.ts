/** POST /api/cypher: the read-only console (see console/guard.ts and neo4j/console-runner.ts for the safety rules). */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { CypherResponse } from "../../shared/api-types";
import { checkStatementText } from "../console/guard";
import { toApiGraph } from "../graph/api-graph";
import { runConsoleQuery } from "../neo4j/console-runner";
import { ApiHttpError } from "../errors";
import { nestsDeeperThan } from "../json";
import { parseInput, type ApiContext } from "./context";

/** Longest statement accepted, in characters. */
export const MAX_QUERY_LENGTH = 20_000;
/** Deepest nesting of lists and maps in `params` (Neo4j's driver recurses once per level). */
export const MAX_PARAM_DEPTH = 32;
/** Largest POST /api/cypher body, in bytes. */
export const CYPHER_BODY_LIMIT = 256 * 1024;

export const cypherRequestSchema = z.object({
  query: z
    .string({ error: "query must be a string of Cypher" })
    .max(MAX_QUERY_LENGTH, `query is longer than ${MAX_QUERY_LENGTH} characters`)
    .refine((q) => q.trim().length > 0, "query is empty: type a Cypher statement such as MATCH (n) RETURN n LIMIT 25"),
  params: z
    .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "parameter names are letters, digits and _"), z.unknown())
    .refine((params) => !nestsDeeperThan(params, MAX_PARAM_DEPTH), `params nest lists and maps more than ${MAX_PARAM_DEPTH} levels deep`)
    .optional(),
});

export function registerCypherRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const running = new Map<string, number>();
  app.post("/cypher", { bodyLimit: CYPHER_BODY_LIMIT }, async (request): Promise<CypherResponse> => {
    const body = parseInput(cypherRequestSchema, request.body ?? {}, "Cypher request");
    const statement = checkStatementText(body.query);
    const client = request.ip;
    const limit = ctx.config.cypherConcurrentPerClient;
    if ((running.get(client) ?? 0) >= limit) {
      throw new ApiHttpError(429, "too_many_requests", `${limit} console queries of yours are still running; wait for one to finish, then run this one.`);
    }
    running.set(client, (running.get(client) ?? 0) + 1);
    const started = performance.now();
    const result = await runConsoleQuery(ctx.client, statement, body.params ?? {}).finally(() => {
      const left = (running.get(client) ?? 1) - 1;
      if (left > 0) running.set(client, left);
      else running.delete(client);
    });
    return {
      columns: result.columns,
      rows: result.rows,
      graph: toApiGraph(result.nodes, result.relationships),
      truncated: result.truncated,
      ...(result.truncatedBy ? { truncatedBy: result.truncatedBy } : {}),
      elapsedMs: Math.round(performance.now() - started),
    };
  });
}
