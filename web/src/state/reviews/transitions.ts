/** Pure transitions and lookups of the reviews slice. */
import { factKeyOf, typedFactKey } from "../../../../cypher/fact-key";
import type { ReviewableType, ReviewStatus } from "../../../../cypher/model";
import type { DrillDownResponse, FactReview } from "../../../shared/api-types";
import type { ReviewsState } from "./types";

export function reviewsLoaded(s: ReviewsState, reviews: readonly FactReview[]): ReviewsState {
  return { ...s, status: "idle", error: null, byFact: new Map(reviews.map((r) => [typedFactKey(r.type, r.factKey), r])), version: s.version + 1 };
}

export function reviewSaved(s: ReviewsState, review: FactReview): ReviewsState {
  const byFact = new Map(s.byFact);
  byFact.set(typedFactKey(review.type, review.factKey), review);
  return { ...s, byFact, error: null, version: s.version + 1 };
}

export function reviewRemoved(s: ReviewsState, id: string): ReviewsState {
  const byFact = new Map([...s.byFact].filter(([, r]) => r.id !== id));
  return { ...s, byFact, error: null, version: s.version + 1 };
}

export function reviewFailed(s: ReviewsState, error: string): ReviewsState {
  return { ...s, error };
}

export function withShowRejected(s: ReviewsState, on: boolean): ReviewsState {
  return { ...s, showRejected: on, version: s.version + 1 };
}

export function withToken(s: ReviewsState, token: string | null): ReviewsState {
  return { ...s, token: token && token.trim() !== "" ? token.trim() : null };
}

/** The review of one fact, if any. */
export function reviewOf(s: Pick<ReviewsState, "byFact">, type: ReviewableType, start: string, end: string, year: number | null, title?: string | null): FactReview | undefined {
  return s.byFact.get(typedFactKey(type, factKeyOf(type, start, end, year, title ?? null)));
}

/** The typed keys of rejected facts (what the canvas hides, or strikes through). */
export function rejectedKeys(s: Pick<ReviewsState, "byFact">): Set<string> {
  return new Set([...s.byFact].filter(([, r]) => r.status === "rejected").map(([key]) => key));
}

/** The OWNS an analyst added from or to this node (bureau: its programs; program: its owners). */
export function addedOwns(s: Pick<ReviewsState, "byFact">, drill: DrillDownResponse): FactReview[] {
  const id = drill.node.id;
  const isProgram = drill.node.label === "Program";
  return [...s.byFact.values()].filter((r) => r.type === "OWNS" && r.status === "added" && (isProgram ? r.end === id : r.start === id));
}

export function statusOf(review: FactReview | undefined): ReviewStatus | null {
  return review?.status ?? null;
}
