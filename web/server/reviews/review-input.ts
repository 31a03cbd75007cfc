/**
 * What a review write may carry, validated field by field (zod, strict: an unknown field is refused), and the
 * export file's shape. A review names its fact by type, ends and year (or title): the fact's key, which stays
 * the same when the corpus is re-ingested or the document replaced.
 */
import { z } from "zod";
import { REVIEW_STATUSES, REVIEWABLE_TYPES } from "../../../cypher/model";

const id = (what: string) => z.string({ message: `${what} is required` }).trim().min(1, `${what} is empty`).max(500, `${what} is longer than 500 characters`);
const text = (what: string, max: number) => z.string().max(max, `${what} is longer than ${max} characters`);

export const reviewInput = z
  .object({
    type: z.enum(REVIEWABLE_TYPES, { message: `type must be one of ${REVIEWABLE_TYPES.join(", ")}` }),
    start: id("start"),
    end: id("end"),
    year: z.number().int().min(1949, "year must be 1949 or later").max(2100, "year must be 2100 or earlier").nullable().default(null),
    title: text("title", 200).nullable().default(null),
    status: z.enum(REVIEW_STATUSES, { message: `status must be one of ${REVIEW_STATUSES.join(", ")}` }),
    note: text("note", 2000).default(""),
    /** For an added fact: the sentence that states it (required then), and the document it is in. */
    sentence: text("sentence", 2000).nullable().default(null),
    docId: text("docId", 500).nullable().default(null),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.status === "added" && (r.sentence === null || r.sentence.trim() === "")) {
      ctx.addIssue({ code: "custom", path: ["sentence"], message: "an added fact needs the sentence that states it" });
    }
    if (r.type === "HOLDS" && (r.title === null || r.title.trim() === "")) ctx.addIssue({ code: "custom", path: ["title"], message: "a HOLDS fact needs the post's title" });
    if (r.type !== "HOLDS" && r.year === null && r.status === "added") ctx.addIssue({ code: "custom", path: ["year"], message: "an added OWNS or COLLABORATES needs its year" });
  });
export type ReviewInput = z.infer<typeof reviewInput>;

/** The export file (GET /api/reviews) is also what POST /api/reviews/import takes. */
export const reviewFile = z
  .object({
    format: z.literal("miit-graph-reviews", { message: 'format must be "miit-graph-reviews"' }),
    version: z.literal(1, { message: "version must be 1" }),
    exportedAt: z.string().max(100).optional(),
    // Each entry is checked as a review write (reviewInput) once its derived fields are set aside.
    reviews: z.array(z.unknown()).max(100_000, "at most 100,000 reviews per file"),
  })
  .strict();
