/** The reviews slice: every analyst review of a fact, by the fact's typed key, and the page's review settings. */
import type { FactReview } from "../../../shared/api-types";
import type { AsyncStatus } from "../store";

export interface ReviewsState {
  status: AsyncStatus;
  error: string | null;
  /** typedFactKey(type, factKey) → its review (cypher/fact-key.ts). */
  byFact: ReadonlyMap<string, FactReview>;
  /** Rejected facts are hidden unless this is on; then they are drawn struck through. */
  showRejected: boolean;
  /** The review token this tab writes with (from #review-token=… or typed in), or null. */
  token: string | null;
  /** Bumped on every change of the reviews, for caches keyed on them. */
  version: number;
}

export const INITIAL_REVIEWS: ReviewsState = { status: "idle", error: null, byFact: new Map(), showRejected: false, token: null, version: 0 };
