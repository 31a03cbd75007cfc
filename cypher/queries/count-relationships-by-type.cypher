// Relationship count per type of the model (cypher/model.ts RELATIONSHIP_TYPES), each read from the count store.
CALL {
  MATCH ()-[r:PART_OF]->() RETURN 'PART_OF' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:OWNS]->() RETURN 'OWNS' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:HOLDS]->() RETURN 'HOLDS' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:COLLABORATES]->() RETURN 'COLLABORATES' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:MENTIONS]->() RETURN 'MENTIONS' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:CITES]->() RETURN 'CITES' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:ISSUED_BY]->() RETURN 'ISSUED_BY' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:SUCCEEDED_BY]->() RETURN 'SUCCEEDED_BY' AS type, count(r) AS count
}
RETURN type, count
