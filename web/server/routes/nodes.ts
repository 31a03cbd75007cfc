/** GET /api/nodes/:id (a node's properties) and GET /api/nodes/:id/neighbours (it and its 1-hop neighbourhood as an ApiGraph). */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { ApiGraph, NodeResponse } from "../../shared/api-types";
import { toApiGraph, toNodeAttributes } from "../graph/api-graph";
import { NotFoundError, UnexpectedDataError } from "../errors";
import type { PlainNode } from "../json";
import { jsonObject, nodeIdParams, nodeRow, parseInput, type ApiContext } from "./context";

/** Relationships returned around one node at most; the graph's attributes say when more exist. */
export const NEIGHBOUR_LIMIT = 500;

const neighbourRow = z.object({
  key: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: jsonObject,
  otherKey: z.string(),
  otherLabels: z.array(z.string()),
  otherProperties: jsonObject,
});

/** Reads one node by id; NotFoundError when no node has it. */
export async function readNode(ctx: ApiContext, id: string): Promise<PlainNode> {
  return (await readNodeStamped(ctx, id)).node;
}

/** readNode with the data stamp it was read at (Neo4jClient.readStamped), for answers kept while it holds. */
export async function readNodeStamped(ctx: ApiContext, id: string): Promise<{ node: PlainNode; stamp: string | undefined }> {
  const { rows, stamp } = await ctx.client.readStamped("get-node", { id }, nodeRow);
  const row = rows[0];
  if (row === undefined) throw new NotFoundError(`No node has the id "${id}". Ids look like bureau:规划司; find them with /api/search?q=…`);
  return { node: { key: row.key, elementId: row.key, labels: row.labels, properties: row.properties }, stamp };
}

/** The NodeResponse shape of a node (its attributes as in ApiGraph, plus the id). */
export function toNodeResponse(node: PlainNode): NodeResponse["node"] {
  const attributes = toNodeAttributes(node.labels, node.properties);
  if (attributes === undefined) throw new UnexpectedDataError(`Node ${node.key} has none of the model's labels (${node.labels.join(", ")})`);
  const out: NodeResponse["node"] = { id: node.key, label: attributes.label, name: attributes.name, aliases: attributes.aliases, properties: attributes.properties };
  if (attributes.nameEn !== undefined) out.nameEn = attributes.nameEn;
  return out;
}

export function registerNodeRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/nodes/:id", async (request): Promise<NodeResponse> => {
    const { id } = parseInput(nodeIdParams, request.params, "node id");
    return { node: toNodeResponse(await readNode(ctx, id)) };
  });

  app.get("/nodes/:id/neighbours", async (request): Promise<ApiGraph> => {
    const { id } = parseInput(nodeIdParams, request.params, "node id");
    const center = await readNode(ctx, id);
    const rows = await ctx.client.read("list-node-neighbours", { id, limit: NEIGHBOUR_LIMIT + 1 }, neighbourRow);
    const kept = rows.slice(0, NEIGHBOUR_LIMIT);
    const others: PlainNode[] = kept.map((r) => ({ key: r.otherKey, elementId: r.otherKey, labels: r.otherLabels, properties: r.otherProperties }));
    const graph = toApiGraph([center, ...others], kept);
    graph.attributes = { center: center.key, truncated: rows.length > NEIGHBOUR_LIMIT };
    return graph;
  });
}
