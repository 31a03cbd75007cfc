// A body's lineage (SUCCEEDED_BY, from the gazetteer): every predecessor and successor, transitively, with the
// distance and the step that joins each to the chain (its year and kind: when a predecessor ended, when a
// successor began). The API keeps each body once, nearest first.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH p = (n)<-[:SUCCEEDED_BY*1..12]-(o)
  RETURN 'predecessor' AS direction, o, length(p) AS distance, last(relationships(p)) AS step
  UNION ALL
  MATCH p = (n)-[:SUCCEEDED_BY*1..12]->(o)
  RETURN 'successor' AS direction, o, length(p) AS distance, last(relationships(p)) AS step
}
RETURN direction, o.id AS id, o.name AS name, step.year AS year, step.kind AS kind, distance
ORDER BY direction, distance, year, name
