/** GET /api/schema: labels, relationship types and property keys in use (for the console's editor). */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SchemaResponse } from "../../shared/api-types";
import type { ApiContext } from "./context";

const schemaRow = z.object({ labels: z.array(z.string()), relationshipTypes: z.array(z.string()), propertyKeys: z.array(z.string()) });

export function registerSchemaRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/schema", async (): Promise<SchemaResponse> => {
    const [row] = await ctx.client.read("get-schema", {}, schemaRow);
    const sorted = (list: string[] | undefined) => [...(list ?? [])].sort();
    return { labels: sorted(row?.labels), relationshipTypes: sorted(row?.relationshipTypes), propertyKeys: sorted(row?.propertyKeys) };
  });
}
