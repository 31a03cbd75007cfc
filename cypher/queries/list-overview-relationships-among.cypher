// Relationships of the budgeted overview: between the chosen nodes ($ids), of $types, dated ones within the range
// as in list-overview-relationships; at most $limit, facts (OWNS, HOLDS, COLLABORATES, PART_OF, SUCCEEDED_BY) before
// documents' links. Properties without the evidence lists: evidence comes with a node's details.
MATCH (a:Entity)
WHERE a.id IN $ids
MATCH (a)-[r]->(b:Entity)
WHERE b.id IN $ids
  AND type(r) IN $types
  AND (
    NOT type(r) IN $datedTypes
    OR ($from IS NULL AND $to IS NULL)
    OR (r.year IS NOT NULL AND ($from IS NULL OR r.year >= $from) AND ($to IS NULL OR r.year <= $to))
  )
WITH a, r, b, CASE type(r) WHEN 'MENTIONS' THEN 2 WHEN 'CITES' THEN 1 WHEN 'ISSUED_BY' THEN 1 ELSE 0 END AS rank
ORDER BY rank
LIMIT $limit
RETURN elementId(r) AS key, type(r) AS type, a.id AS source, b.id AS target,
       r {.*, evidence: null, evidenceDocIds: null, evidenceStarts: null, evidenceEnds: null, extractedBy: null, confidence: null, docIds: null} AS properties
