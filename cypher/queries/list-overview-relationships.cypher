// Relationships of the overview graph between nodes of $labels, of $types; dated types ($datedTypes) only when
// their year is within [$from, $to] (null bounds are open; without any bound an undated fact is kept too).
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  AND any(label IN labels(a) WHERE label IN $labels)
  AND any(label IN labels(b) WHERE label IN $labels)
  AND (
    NOT type(r) IN $datedTypes
    OR ($from IS NULL AND $to IS NULL)
    OR (r.year IS NOT NULL AND ($from IS NULL OR r.year >= $from) AND ($to IS NULL OR r.year <= $to))
  )
RETURN elementId(r) AS key, type(r) AS type,
       coalesce(a.id, elementId(a)) AS source, coalesce(b.id, elementId(b)) AS target,
       properties(r) AS properties
