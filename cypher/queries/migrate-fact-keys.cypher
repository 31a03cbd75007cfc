// One-off upgrade of a graph loaded before facts had keys: gives every OWNS/HOLDS/COLLABORATES/PART_OF the key
// ingest/neo4j/graph-rows.ts factKey builds (start, end, then year or title, separated by U+001F).
// Runs in its own transactions (auto-commit), a batch at a time.
MATCH (a)-[r:OWNS|HOLDS|COLLABORATES|PART_OF]->(b)
WHERE r.key IS NULL
CALL (a, r, b) {
  SET r.key = a.id + '\u001f' + b.id + CASE type(r)
    WHEN 'PART_OF' THEN ''
    WHEN 'HOLDS' THEN '\u001f' + coalesce(r.title, '')
    ELSE '\u001f' + coalesce(toString(r.year), '')
  END
} IN TRANSACTIONS OF 10000 ROWS
