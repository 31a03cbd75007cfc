/**
 * The one write the API makes: recording a data version for shared links (a fixed statement with parameters,
 * never user Cypher; web/server/data-version/).
 */
export const SERVER_WRITE_QUERY_NAMES = ["merge-data-version"] as const;
export type ServerWriteQueryName = (typeof SERVER_WRITE_QUERY_NAMES)[number];

/** Names of the statements ingest runs, and the API's one write (files in cypher/queries/<name>.cypher). */
export const WRITE_QUERY_NAMES = [
  ...SERVER_WRITE_QUERY_NAMES,
  "find-document-hash",
  "find-document-hashes",
  "list-loaded-documents",
  "update-document-extractor",
  "find-documents-without-fact-keys",
  "migrate-fact-keys",
  "migrate-document-fact-keys",
  "remove-document-facts",
  "remove-document-links",
  "delete-orphan-entities",
  "delete-document",
  "merge-entities",
  "find-missing-entities",
  "merge-part-of",
  "merge-succeeded-by",
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
