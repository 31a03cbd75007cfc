// Node count per label of the model (cypher/model.ts NODE_LABELS), each read from the count store.
CALL {
  MATCH (n:Ministry) RETURN 'Ministry' AS label, count(n) AS count
  UNION ALL
  MATCH (n:Bureau) RETURN 'Bureau' AS label, count(n) AS count
  UNION ALL
  MATCH (n:Organization) RETURN 'Organization' AS label, count(n) AS count
  UNION ALL
  MATCH (n:Program) RETURN 'Program' AS label, count(n) AS count
  UNION ALL
  MATCH (n:Person) RETURN 'Person' AS label, count(n) AS count
  UNION ALL
  MATCH (n:Document) RETURN 'Document' AS label, count(n) AS count
}
RETURN label, count
