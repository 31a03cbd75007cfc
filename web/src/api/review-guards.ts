/** Shape check of GET /api/reviews: entries that are not reviews are dropped, never trusted. */
import { REVIEW_STATUSES, REVIEWABLE_TYPES } from "../../../cypher/model";
import type { FactReview, ReviewFile } from "../../shared/api-types";
import { ApiShapeError, isRecord } from "./errors";

function isReview(value: unknown): value is FactReview {
  return (
    isRecord(value) &&
    typeof value.id === "string" &&
    typeof value.factKey === "string" &&
    typeof value.start === "string" &&
    typeof value.end === "string" &&
    (REVIEWABLE_TYPES as readonly unknown[]).includes(value.type) &&
    (REVIEW_STATUSES as readonly unknown[]).includes(value.status)
  );
}

export function asReviewFile(body: unknown): ReviewFile {
  if (!isRecord(body) || !Array.isArray(body.reviews)) throw new ApiShapeError("reviews: not a review file");
  return { format: "miit-graph-reviews", version: 1, exportedAt: typeof body.exportedAt === "string" ? body.exportedAt : "", reviews: body.reviews.filter(isReview) };
}
