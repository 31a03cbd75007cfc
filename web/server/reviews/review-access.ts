/** The line the server prints at start about writing reviews: a link carrying a generated token, or where to set one. */
import type { ServerConfig } from "../config";

export function reviewAccessLine(config: Pick<ServerConfig, "reviewToken" | "reviewTokenGenerated">, url: string): string {
  // The fragment never reaches a server: the page reads the token from it, keeps it for the tab and drops it from the address.
  if (config.reviewTokenGenerated) return `Reviewing facts: open ${url}/#review-token=${config.reviewToken} (a token for this run; set REVIEW_TOKEN to keep one)`;
  return "Reviewing facts: the page asks for REVIEW_TOKEN (or open the URL with #review-token=<token>)";
}
