/** The review routes: read every review (public), write with the review token (Authorization: Bearer). */
import type { FactReview, ReviewFile } from "../../shared/api-types";
import type { ReviewableType, ReviewStatus } from "../../../cypher/model";
import { CONFIG } from "../config";
import { ApiRequestError, readApiError } from "./errors";
import { asReviewFile } from "./review-guards";

/** A review write: the fact (type, ends, year or title) and the verdict; an added fact carries its sentence. */
export interface ReviewWrite {
  type: ReviewableType;
  start: string;
  end: string;
  year: number | null;
  title?: string | null;
  status: ReviewStatus;
  note?: string;
  sentence?: string | null;
  docId?: string | null;
}

async function send(path: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${CONFIG.apiBase}${path}`, init);
  } catch (cause) {
    throw new ApiRequestError("The API server cannot be reached.", 0, "NETWORK", { cause });
  }
  const text = await response.text();
  const body: unknown = text.length > 0 ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const apiError = readApiError(body);
    throw new ApiRequestError(apiError?.message ?? `HTTP ${response.status}`, response.status, apiError?.code ?? `HTTP_${response.status}`);
  }
  return body;
}

const withToken = (token: string, method: string, body?: unknown): RequestInit => ({
  method,
  headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

export async function fetchReviews(): Promise<ReviewFile> {
  return asReviewFile(await send("/reviews", { method: "GET" }));
}

export async function saveReview(token: string, review: ReviewWrite): Promise<FactReview> {
  return (await send("/reviews", withToken(token, "POST", review))) as FactReview;
}

export async function deleteReview(token: string, id: string): Promise<void> {
  await send(`/reviews/${encodeURIComponent(id)}`, withToken(token, "DELETE"));
}

export async function importReviews(token: string, file: unknown): Promise<number> {
  const body = (await send("/reviews/import", withToken(token, "POST", file))) as { imported?: unknown };
  return typeof body.imported === "number" ? body.imported : 0;
}
