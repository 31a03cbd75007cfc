/**
 * Reviews of extracted facts: GET /api/reviews (every review, as the export file), POST /api/reviews (confirm,
 * reject or add one fact), DELETE /api/reviews/:id, POST /api/reviews/import (a file exported elsewhere). The
 * writes need the review token and this server's own origin (reviews/review-guard.ts); they are the only writes
 * the server makes, through fixed statements (cypher/review-queries.ts). The console stays read-only.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { REVIEW_STATUSES, REVIEWABLE_TYPES } from "../../../cypher/model";
import type { FactReview, ReviewFile } from "../../shared/api-types";
import { InvalidRequestError, NotFoundError } from "../errors";
import { reviewFile, reviewInput } from "../reviews/review-input";
import { assertReviewWriter } from "../reviews/review-guard";
import { toReviewRow } from "../reviews/review-rows";
import { parseInput, type ApiContext } from "./context";
import { readNode } from "./nodes";

const storedReview = z.object({
  id: z.string(),
  type: z.enum(REVIEWABLE_TYPES),
  factKey: z.string(),
  start: z.string(),
  end: z.string(),
  year: z.number().int().nullable(),
  title: z.string().nullable(),
  status: z.enum(REVIEW_STATUSES),
  note: z.string().nullable().transform((n) => n ?? ""),
  sentence: z.string().nullable(),
  docId: z.string().nullable(),
  updatedAt: z.string(),
});
const reviewIdParams = z.object({ id: z.string().regex(/^[0-9a-f]{24}$/, "a review id is 24 hex digits") });

const DERIVED_FIELDS = new Set(["id", "factKey", "updatedAt"]);

/** Entries of an imported file, each checked as a write; derived fields (id, factKey) are made again, never trusted. */
function importedRows(entries: readonly unknown[], now: Date): FactReview[] {
  return entries.map((entry, index) => {
    if (typeof entry !== "object" || entry === null) throw new InvalidRequestError(`Invalid review file: reviews.${index} is not an object`);
    const fields = Object.fromEntries(Object.entries(entry).filter(([k]) => !DERIVED_FIELDS.has(k)));
    const updatedAt = (entry as Record<string, unknown>).updatedAt;
    const row = toReviewRow(parseInput(reviewInput, fields, `review file entry reviews.${index}`), now);
    return typeof updatedAt === "string" && !Number.isNaN(Date.parse(updatedAt)) ? { ...row, updatedAt: new Date(updatedAt).toISOString() } : row;
  });
}

export function registerReviewRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const token = ctx.config.reviewToken;
  let constrained: Promise<unknown> | null = null;
  const merge = async (rows: FactReview[]) => {
    constrained ??= ctx.client.write("create-review-constraint", {}).catch((error: unknown) => {
      constrained = null;
      throw error;
    });
    await constrained;
    await ctx.client.write("merge-reviews", { rows });
  };

  app.get("/reviews", async (): Promise<ReviewFile> => {
    const reviews = await ctx.client.read("list-reviews", {}, storedReview);
    return { format: "miit-graph-reviews", version: 1, exportedAt: new Date().toISOString(), reviews };
  });

  app.post("/reviews", async (request, reply): Promise<FactReview> => {
    assertReviewWriter(request, token);
    const row = toReviewRow(parseInput(reviewInput, request.body, "review"), new Date());
    // A review names facts of this graph: both ends must be loaded (an import may name others: it is a team's file).
    await Promise.all([readNode(ctx, row.start), readNode(ctx, row.end)]);
    await merge([row]);
    void reply.code(201);
    return row;
  });

  app.delete("/reviews/:id", async (request): Promise<{ deleted: string }> => {
    assertReviewWriter(request, token);
    const { id } = parseInput(reviewIdParams, request.params, "review id");
    const [result] = await ctx.client.write("delete-review", { id });
    if (result?.deleted !== 1) throw new NotFoundError(`No review ${id}.`);
    return { deleted: id };
  });

  app.post("/reviews/import", async (request): Promise<{ imported: number }> => {
    assertReviewWriter(request, token);
    const file = parseInput(reviewFile, request.body, "review file");
    const rows = importedRows(file.reviews, new Date());
    for (let i = 0; i < rows.length; i += 1000) await merge(rows.slice(i, i + 1000));
    return { imported: rows.length };
  });
}
