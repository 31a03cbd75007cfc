/** GET /api/bureaus/:id: the drill-down of a bureau, ministry, organization, program or person. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { NodeLabel } from "../../../cypher/model";
import type { DrillDownResponse } from "../../shared/api-types";
import { assembleDrillDown, evidenceDocIds } from "../drilldown/assemble";
import { modelLabel } from "../graph/api-graph";
import { nodeIdParams, parseInput, type ApiContext } from "./context";
import { readNode, toNodeResponse } from "./nodes";

/** Documents listed in a drill-down at most (most mentions first). */
export const DRILLDOWN_DOCUMENT_LIMIT = 200;

const labelsToLabel = z.array(z.string()).transform((labels, ctx) => {
  const label = modelLabel(labels);
  if (label === undefined) {
    ctx.addIssue({ code: "custom", message: `none of ${labels.join(",")} is a model label` });
    return z.NEVER;
  }
  return label;
});
const fact = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number().int().nullable(),
  evidence: z.array(z.string()),
  evidenceDocIds: z.array(z.string()),
  // Null on facts loaded before these lists existed; entries are checked when read (cypher/fact-provenance.ts).
  extractedBy: z.array(z.unknown()).nullable(),
  confidence: z.array(z.unknown()).nullable(),
});
const programRow = fact.extend({ nameEn: z.string().nullable(), count: z.number() });
const personRow = fact.extend({ title: z.string() });
/** Rows carry `labels` (a list); the drill-down wants the model label. */
const renameLabels = <T extends { labels: NodeLabel }>({ labels, ...rest }: T) => ({ ...rest, label: labels });
const postRow = fact.extend({ title: z.string(), labels: labelsToLabel }).transform(renameLabels);
const orgFactRow = fact.extend({ labels: labelsToLabel }).transform(renameLabels);
const documentRow = z.object({ id: z.string(), name: z.string(), date: z.string().nullable(), year: z.number().int().nullable(), count: z.number() });
const linkRow = z
  .object({ direction: z.enum(["up", "down"]), id: z.string(), name: z.string(), labels: labelsToLabel })
  .transform(renameLabels);
const titleRow = z.object({ id: z.string(), title: z.string().nullable() });

export function registerDrillDownRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get("/bureaus/:id", async (request): Promise<DrillDownResponse> => {
    const { id } = parseInput(nodeIdParams, request.params, "node id");
    const node = toNodeResponse(await readNode(ctx, id));
    const read = ctx.client.read.bind(ctx.client);
    const [programs, people, posts, collaborators, owners, documents, links] = await Promise.all([
      read("list-owned-programs", { id }, programRow),
      read("list-post-holders", { id }, personRow),
      read("list-person-posts", { id }, postRow),
      read("list-collaborators", { id }, orgFactRow),
      read("list-program-owners", { id }, orgFactRow),
      read("list-mentioning-documents", { id, limit: DRILLDOWN_DOCUMENT_LIMIT }, documentRow),
      read("list-part-of-links", { id }, linkRow),
    ]);
    const facts = { programs, people, posts, collaborators, owners };
    const ids = evidenceDocIds(facts);
    const titleRows = ids.length === 0 ? [] : await read("list-document-titles", { ids }, titleRow);
    const titles = new Map(titleRows.flatMap((r) => (r.title === null ? [] : [[r.id, r.title] as const])));
    return assembleDrillDown({ node, ...facts, documents, links, titles });
  });
}

