/** The reviews slice's store, hooks and effects: load at start, write with the tab's token, export and import. */
import { deleteReview, fetchReviews, importReviews, saveReview, type ReviewWrite } from "../../api/reviews-client";
import { errorMessage } from "../../api/client";
import { createStore, useStore } from "../store";
import { reviewFailed, reviewRemoved, reviewSaved, reviewsLoaded, withShowRejected, withToken } from "./transitions";
import { INITIAL_REVIEWS, type ReviewsState } from "./types";

const TOKEN_KEY = "miit-review-token";

export const reviewsStore = createStore<ReviewsState>(INITIAL_REVIEWS);

export function useReviews<S>(selector: (s: ReviewsState) => S): S {
  return useStore(reviewsStore, selector);
}

/**
 * The token from the URL's fragment (#review-token=…, as the server prints it) or this tab's storage; the
 * fragment is removed from the address bar so that a copied link never carries it.
 */
export function adoptReviewToken(): void {
  const match = /(?:^#|&)review-token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(history.state, "", window.location.pathname + window.location.search);
  }
  reviewsStore.update((s) => withToken(s, sessionStorage.getItem(TOKEN_KEY)));
}

export function setReviewToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token.trim());
  reviewsStore.update((s) => withToken(s, token));
}

export async function loadReviews(): Promise<void> {
  reviewsStore.update((s) => ({ ...s, status: "loading" }));
  try {
    const file = await fetchReviews();
    reviewsStore.update((s) => reviewsLoaded(s, file.reviews));
  } catch (error) {
    reviewsStore.update((s) => ({ ...reviewFailed(s, errorMessage(error)), status: "error" }));
  }
}

function tokenOrFail(): string | null {
  const { token } = reviewsStore.get();
  if (token === null) reviewsStore.update((s) => reviewFailed(s, "no-token"));
  return token;
}

export async function writeReview(review: ReviewWrite): Promise<boolean> {
  const token = tokenOrFail();
  if (token === null) return false;
  try {
    const saved = await saveReview(token, review);
    reviewsStore.update((s) => reviewSaved(s, saved));
    return true;
  } catch (error) {
    reviewsStore.update((s) => reviewFailed(s, errorMessage(error)));
    return false;
  }
}

export async function clearReview(id: string): Promise<void> {
  const token = tokenOrFail();
  if (token === null) return;
  try {
    await deleteReview(token, id);
    reviewsStore.update((s) => reviewRemoved(s, id));
  } catch (error) {
    reviewsStore.update((s) => reviewFailed(s, errorMessage(error)));
  }
}

export async function importReviewFile(file: unknown): Promise<number | null> {
  const token = tokenOrFail();
  if (token === null) return null;
  try {
    const imported = await importReviews(token, file);
    await loadReviews();
    return imported;
  } catch (error) {
    reviewsStore.update((s) => reviewFailed(s, errorMessage(error)));
    return null;
  }
}

export function showRejected(on: boolean): void {
  reviewsStore.update((s) => withShowRejected(s, on));
}
