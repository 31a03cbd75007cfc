/** Names of the statements the API runs (files in cypher/queries/<name>.cypher). */
export const READ_QUERY_NAMES = [] as const;
