/** GET /api/examples: the example queries of cypher/examples for the console (read once, then served from memory). */
import type { FastifyInstance } from "fastify";
import type { ExamplesResponse } from "../../shared/api-types";
import { loadExamples, type Example } from "../examples";

export function registerExampleRoutes(app: FastifyInstance): void {
  let examples: Promise<Example[]> | undefined;
  app.get("/examples", async (): Promise<ExamplesResponse> => {
    examples ??= loadExamples().catch((error: unknown) => {
      examples = undefined;
      throw error;
    });
    return { examples: await examples };
  });
}
