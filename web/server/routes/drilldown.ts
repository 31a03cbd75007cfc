/**
 * GET /api/bureaus/:id: the drill-down of a bureau, ministry, organization, program or person, with its lineage;
 * ?include=predecessors merges the predecessors' programs into the grid. GET /api/bureaus/:id/diff: two years compared.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { SUCCESSION_KINDS, type NodeLabel } from "../../../cypher/model";
import type { DrillDownResponse, PortfolioDiffResponse } from "../../shared/api-types";
import { assembleDrillDown, evidenceDocIds, type DocumentRef, type LineageRow } from "../drilldown/assemble";
import { portfolioDiff } from "../drilldown/portfolio-diff";
import { modelLabel } from "../graph/api-graph";
import { nodeIdParams, parseInput, type ApiContext } from "./context";
import { EncodedBody, sendEncoded } from "../encoded-body";
import { readNode, readNodeStamped, toNodeResponse } from "./nodes";

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
  evidenceStarts: z.array(z.unknown()).nullable(),
  evidenceEnds: z.array(z.unknown()).nullable(),
});
const programRow = fact.extend({ nameEn: z.string().nullable(), count: z.number() });
const personRow = fact.extend({ title: z.string() });
/** Rows carry `labels` (a list); the drill-down wants the model label. */
const renameLabels = <T extends { labels: NodeLabel }>({ labels, ...rest }: T) => ({ ...rest, label: labels });
const postRow = fact.extend({ title: z.string(), labels: labelsToLabel }).transform(renameLabels);
const orgFactRow = fact.extend({ labels: labelsToLabel }).transform(renameLabels);
const collaboratorRow = fact.extend({ labels: labelsToLabel, start: z.string() }).transform(renameLabels);
const documentRow = z.object({ id: z.string(), name: z.string(), date: z.string().nullable(), year: z.number().int().nullable(), count: z.number() });
const linkRow = z
  .object({ direction: z.enum(["up", "down"]), id: z.string(), name: z.string(), labels: labelsToLabel })
  .transform(renameLabels);
const titleRow = z.object({ id: z.string(), title: z.string().nullable(), issuer: z.string().nullable(), date: z.string().nullable(), docNumber: z.string().nullable() });
const lineageRow = z.object({
  direction: z.enum(["predecessor", "successor"]),
  id: z.string(),
  name: z.string(),
  year: z.number().int(),
  kind: z.enum(SUCCESSION_KINDS),
  distance: z.number().int(),
});
const portfolioRow = z.object({ id: z.string(), name: z.string(), year: z.number().int().nullable(), evidence: z.array(z.string()), evidenceDocIds: z.array(z.string()) });

const drillQuery = z.object({ include: z.enum(["predecessors"], { message: 'include may only be "predecessors"' }).optional() }).strict();
const year = (name: string) =>
  z
    .string({ message: `${name} is required (a year, YYYY)` })
    .regex(/^\d{4}$/, `${name} must be a year (YYYY)`)
    .transform(Number)
    .pipe(z.number().int().min(1949, `${name} must be 1949 or later`).max(2100, `${name} must be 2100 or earlier`));
const diffQuery = z.object({ from: year("from"), to: year("to") }).strict();

function documentRef(row: { title: string; issuer: string | null; date: string | null; docNumber: string | null }): DocumentRef {
  return { title: row.title, ...(row.issuer ? { issuer: row.issuer } : {}), ...(row.date ? { date: row.date } : {}), ...(row.docNumber ? { docNumber: row.docNumber } : {}) };
}

/** The programs of each predecessor, as facts marked with who owned them. */
async function predecessorPrograms(read: ApiContext["client"]["read"], lineage: readonly LineageRow[]) {
  const predecessors = lineage.filter((l) => l.direction === "predecessor");
  const unique = [...new Map(predecessors.map((p) => [p.id, p])).values()];
  const lists = await Promise.all(
    unique.map(async (p) => (await read("list-owned-programs", { id: p.id }, programRow)).map((row) => ({ ...row, owner: { id: p.id, name: p.name } }))),
  );
  return lists.flat();
}

/** The drill-down of a node read before: its facts with evidence, lineage, documents and links. */
async function readDrillDown(ctx: ApiContext, node: DrillDownResponse["node"], include: "predecessors" | undefined): Promise<DrillDownResponse> {
  const id = node.id;
  const read = ctx.client.read.bind(ctx.client);
  const [ownPrograms, lineage, people, posts, collaborators, owners, documents, links] = await Promise.all([
    read("list-owned-programs", { id }, programRow),
    read("list-lineage", { id }, lineageRow),
    read("list-post-holders", { id }, personRow),
    read("list-person-posts", { id }, postRow),
    read("list-collaborators", { id }, collaboratorRow),
    read("list-program-owners", { id }, orgFactRow),
    read("list-mentioning-documents", { id, limit: DRILLDOWN_DOCUMENT_LIMIT }, documentRow),
    read("list-part-of-links", { id }, linkRow),
  ]);
  const programs = include === "predecessors" ? [...ownPrograms, ...(await predecessorPrograms(read, lineage))] : ownPrograms;
  const facts = { programs, people, posts, collaborators, owners };
  const ids = evidenceDocIds(facts);
  const titleRows = ids.length === 0 ? [] : await read("list-document-titles", { ids }, titleRow);
  const titles = new Map(titleRows.flatMap((r) => (r.title === null ? [] : [[r.id, documentRef({ ...r, title: r.title })] as const])));
  return assembleDrillDown({ node, ...facts, lineage, documents, links, titles });
}

export function registerDrillDownRoutes(app: FastifyInstance, ctx: ApiContext): void {
  // A drill-down is kept while the data stamp holds: a big bureau's is thousands of facts with their sentences.
  app.get("/bureaus/:id", async (request, reply) => {
    const { id } = parseInput(nodeIdParams, request.params, "node id");
    const { include } = parseInput(drillQuery, request.query, "query");
    const { node, stamp } = await readNodeStamped(ctx, id);
    const body = await ctx.answers.get(stamp, `bureau ${include ?? ""} ${id}`, async () => new EncodedBody(await readDrillDown(ctx, toNodeResponse(node), include)));
    return sendEncoded(request, reply, body);
  });

  app.get("/bureaus/:id/diff", async (request): Promise<PortfolioDiffResponse> => {
    const { id } = parseInput(nodeIdParams, request.params, "node id");
    const { from, to } = parseInput(diffQuery, request.query, "query");
    await readNode(ctx, id);
    const rows = await ctx.client.read("list-portfolio-facts", { id, years: [from, to] }, portfolioRow);
    return portfolioDiff(from, to, rows);
  });
}

