/** GET /api/paths?from=&to=&max=: all shortest paths between two entities over the fact relationships, with evidence. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { DEFAULT_HOP_LIMIT, HOP_LIMITS, isHopLimit, type HopLimit } from "../../../cypher/hop-limit";
import type { PathNode, PathsResponse } from "../../shared/api-types";
import { assemblePaths, PATH_FACT_TYPES, pathEvidenceDocIds, type PathRow } from "../paths/assemble-paths";
import { jsonObject, nodeRow, parseInput, type ApiContext } from "./context";
import { readNode, toNodeResponse } from "./nodes";

/** Distinct paths listed at most; `truncated` says when there are more. */
export const PATH_LIMIT = 20;
/** Raw paths read at most: parallel facts (one OWNS per year) multiply them before they are made distinct. */
export const PATH_SCAN_LIMIT = 5000;

const nodeId = (name: string) =>
  z
    .string({ error: `${name} is required: a node id such as person:苗圩 (find ids with /api/search?q=…)` })
    .trim()
    .min(1, `${name} is empty`)
    .max(500, `${name} is longer than 500 characters`);

const pathsQuery = z
  .object({
    from: nodeId("from"),
    to: nodeId("to"),
    max: z
      .string()
      .trim()
      .regex(/^\d+$/, `max must be a whole number of steps from ${HOP_LIMITS[0]} to ${HOP_LIMITS[HOP_LIMITS.length - 1]}`)
      .transform(Number)
      .refine((n): n is HopLimit => isHopLimit(n), `max must be from ${HOP_LIMITS[0]} to ${HOP_LIMITS[HOP_LIMITS.length - 1]}`)
      .optional(),
  })
  .refine((q) => q.from !== q.to, { error: "from and to are the same node: pick two different ones", path: ["to"] });

const pathRow = z.object({
  scanned: z.number().int(),
  pathIndex: z.number().int(),
  hop: z.number().int(),
  nodes: z.array(nodeRow),
  key: z.string(),
  type: z.enum(PATH_FACT_TYPES),
  source: z.string(),
  target: z.string(),
  year: z.number().int().nullable(),
  title: z.string().nullable(),
  evidence: z.array(z.string()),
  evidenceDocIds: z.array(z.string()),
  extractedBy: z.array(z.unknown()).nullable(),
  confidence: z.array(z.unknown()).nullable(),
  properties: jsonObject,
});
const titleRow = z.object({ id: z.string(), title: z.string().nullable() });

function toPathNode(node: z.infer<typeof nodeRow>): PathNode {
  const { id, name, nameEn, label } = toNodeResponse({ ...node, elementId: node.key });
  return nameEn === undefined ? { id, name, label } : { id, name, nameEn, label };
}

export function registerPathRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/paths", async (request): Promise<PathsResponse> => {
    const { from, to, max = DEFAULT_HOP_LIMIT } = parseInput(pathsQuery, request.query, "paths request");
    // Both ends must exist: an unknown id is a 404 naming it, not an empty list of paths.
    await Promise.all([readNode(ctx, from), readNode(ctx, to)]);
    const params = { from, to, scanLimit: PATH_SCAN_LIMIT, pathLimit: PATH_LIMIT + 1 };
    const rows = await ctx.client.read("list-shortest-paths", params, pathRow, { hopLimit: max });
    const kept: PathRow[] = rows.filter((r) => r.pathIndex < PATH_LIMIT);
    const ids = pathEvidenceDocIds(kept);
    const titleRows = ids.length === 0 ? [] : await ctx.client.read("list-document-titles", { ids }, titleRow);
    const titles = new Map(titleRows.flatMap((r) => (r.title === null ? [] : [[r.id, { title: r.title }] as const])));
    const truncated = rows.length > kept.length || (rows[0]?.scanned ?? 0) >= PATH_SCAN_LIMIT;
    return { from, to, max, ...assemblePaths(kept, titles, toPathNode), truncated };
  });
}
