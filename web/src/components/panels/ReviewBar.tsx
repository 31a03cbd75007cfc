/** Confirm or reject the fact behind the chosen grid cell, with a note; asks for the review token when the tab has none. */
import { useState } from "react";
import type { ReviewableType } from "../../../../cypher/model";
import { clearReview, setReviewToken, useReviews, writeReview } from "../../state/reviews/store";
import { reviewOf } from "../../state/reviews/transitions";
import { useT } from "../../state/view/store";

export interface ReviewedFact {
  type: ReviewableType;
  start: string;
  end: string;
  year: number | null;
  /** HOLDS: the post's title (part of the fact's key). */
  title?: string;
}

export function TokenField() {
  const t = useT();
  const [value, setValue] = useState("");
  return (
    <form className="review-token" onSubmit={(e) => (e.preventDefault(), setReviewToken(value))}>
      <input type="password" value={value} onChange={(e) => setValue(e.target.value)} placeholder={t("reviewTokenPlaceholder")} aria-label={t("reviewTokenPlaceholder")} data-testid="review-token" />
      <button type="submit">{t("reviewTokenSave")}</button>
    </form>
  );
}

export function ReviewBar({ fact }: { fact: ReviewedFact }) {
  const t = useT();
  const reviews = useReviews((s) => s);
  const review = reviewOf(reviews, fact.type, fact.start, fact.end, fact.year, fact.title);
  const [note, setNote] = useState(review?.note ?? "");
  const save = (status: "confirmed" | "rejected") => void writeReview({ ...fact, status, note });
  return (
    <div className="review-bar" data-testid="review-bar" data-review={review?.status ?? "none"}>
      <span className="muted small">{review ? t(`review_${review.status}`) : t("reviewNone")}</span>
      <input value={note} onChange={(e) => setNote(e.target.value)} placeholder={t("reviewNote")} aria-label={t("reviewNote")} maxLength={2000} data-testid="review-note" />
      <button type="button" onClick={() => save("confirmed")} data-testid="review-confirm">
        {t("reviewConfirm")}
      </button>
      <button type="button" onClick={() => save("rejected")} data-testid="review-reject">
        {t("reviewReject")}
      </button>
      {review && (
        <button type="button" onClick={() => void clearReview(review.id)} data-testid="review-clear">
          {t("reviewClear")}
        </button>
      )}
      {reviews.token === null && <TokenField />}
      {reviews.error && <p className="error-text" data-testid="review-error">{reviews.error === "no-token" ? t("reviewNeedsToken") : reviews.error}</p>}
    </div>
  );
}
