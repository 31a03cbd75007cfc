/**
 * Who may write reviews: a request carrying the review token (Authorization: Bearer …), sent by a page of this
 * server's own origin. The Host allowlist (http-security.ts) has already refused foreign Host headers; here a
 * request another site's page makes with the visitor's browser (Origin or Sec-Fetch-Site says so) is refused
 * too, before the token is even looked at.
 */
import { timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { ForbiddenError, UnauthorizedError } from "../errors";

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The origin the page must have: the scheme-less host the request was sent to. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Throws ForbiddenError for a cross-origin request, UnauthorizedError without the right token. */
export function assertReviewWriter(request: FastifyRequest, token: string): void {
  const origin = request.headers.origin;
  const host = request.headers.host?.toLowerCase();
  if (origin !== undefined && (origin === "null" || originHost(origin) !== host)) {
    throw new ForbiddenError(`Reviews are written only from this server's own page, not from ${origin}.`);
  }
  const site = request.headers["sec-fetch-site"];
  if (site === "cross-site" || site === "same-site") throw new ForbiddenError("Reviews are written only from this server's own page.");
  const header = request.headers.authorization ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1] || !sameToken(match[1], token)) {
    throw new UnauthorizedError(
      "Writing reviews needs the review token: open the URL the server printed at start (…/#review-token=…), or enter REVIEW_TOKEN in the review form.",
    );
  }
}
