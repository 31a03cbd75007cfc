/** Validated review writes → the rows of merge-reviews (pure): each review's id and fact key derived from its fact. */
import { createHash } from "node:crypto";
import { factKeyOf, typedFactKey } from "../../../cypher/fact-key";
import type { FactReview } from "../../shared/api-types";
import type { ReviewInput } from "./review-input";

/** A review's id: a hash of its fact's type and key, so one fact has one review (URL-safe, 24 hex). */
export function reviewId(type: ReviewInput["type"], factKey: string): string {
  return createHash("sha256").update(typedFactKey(type, factKey)).digest("hex").slice(0, 24);
}

export function toReviewRow(input: ReviewInput, now: Date): FactReview {
  const factKey = factKeyOf(input.type, input.start, input.end, input.year, input.type === "HOLDS" ? input.title : null);
  return {
    id: reviewId(input.type, factKey),
    type: input.type,
    factKey,
    start: input.start,
    end: input.end,
    year: input.year,
    title: input.type === "HOLDS" ? input.title : null,
    status: input.status,
    note: input.note.trim(),
    sentence: input.status === "added" ? (input.sentence?.trim() ?? null) : null,
    docId: input.docId?.trim() || null,
    updatedAt: now.toISOString(),
  };
}
