/**
 * Names of the only statements the API server writes with (files in cypher/queries/<name>.cypher): an analyst's
 * reviews of facts, stored as :Review nodes apart from the extracted graph. No user text ever becomes Cypher.
 */
export const REVIEW_WRITE_QUERY_NAMES = ["create-review-constraint", "merge-reviews", "delete-review"] as const;
export type ReviewWriteQueryName = (typeof REVIEW_WRITE_QUERY_NAMES)[number];
