// Relationships of the budgeted overview: between the chosen nodes ($ids), of $types, dated ones within the range
// as in list-overview-relationships; at most $limit, facts (OWNS, HOLDS, COLLABORATES, PART_OF, SUCCEEDED_BY) before
// documents' links. Properties without the evidence lists (evidence comes with a node's details), named one by one:
// `r {.*}` would read every fact's evidence sentences only to drop them.
MATCH (a:Entity)
WHERE a.id IN $ids
// Out of each chosen node, in a subquery so that the planner does not expand into the hubs instead (a ministry has
// tens of thousands of incoming MENTIONS, and few relationships going out).
CALL (a) {
  MATCH (a)-[r]->(b:Entity)
  WHERE type(r) IN $types
    AND (
      NOT type(r) IN $datedTypes
      OR ($from IS NULL AND $to IS NULL)
      OR (r.year IS NOT NULL AND ($from IS NULL OR r.year >= $from) AND ($to IS NULL OR r.year <= $to))
    )
    AND b.id IN $ids
  RETURN r, b
}
WITH a, r, b, CASE type(r) WHEN 'MENTIONS' THEN 2 WHEN 'CITES' THEN 1 WHEN 'ISSUED_BY' THEN 1 ELSE 0 END AS rank
ORDER BY rank
LIMIT $limit
RETURN elementId(r) AS key, type(r) AS type, a.id AS source, b.id AS target,
       r {.key, .year, .count, .title, .kind} AS properties
