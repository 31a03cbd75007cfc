/** Names of the statements ingest runs (files in cypher/queries/<name>.cypher). */
export const WRITE_QUERY_NAMES = [] as const;
