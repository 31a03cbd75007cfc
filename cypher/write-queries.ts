/** Names of the statements ingest runs (files in cypher/queries/<name>.cypher). */
export const WRITE_QUERY_NAMES = [
  "find-document-hash",
  "remove-document-facts",
  "remove-document-links",
  "delete-orphan-entities",
  "delete-document",
  "merge-entities",
  "find-missing-entities",
  "merge-part-of",
  "merge-owns",
  "merge-holds",
  "merge-collaborates",
  "merge-mentions",
  "merge-cites",
  "merge-issued-by",
  "update-holds-years",
  "update-program-years",
  "update-document-program-years",
] as const;
export type WriteQueryName = (typeof WRITE_QUERY_NAMES)[number];
