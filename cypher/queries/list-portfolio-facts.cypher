// The year-to-year diff's facts: for a program, the OWNS into it (the other end: its owners); for any other
// node, the OWNS out of it (the other end: its programs); only facts of the years $years, with evidence.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r:OWNS]->(p:Program) WHERE NOT n:Program AND r.year IN $years RETURN p AS other, r
  UNION ALL
  MATCH (o)-[r:OWNS]->(n) WHERE n:Program AND r.year IN $years RETURN o AS other, r
}
RETURN other.id AS id, other.name AS name, r.year AS year,
       coalesce(r.evidence, []) AS evidence, coalesce(r.evidenceDocIds, []) AS evidenceDocIds
ORDER BY year, name
