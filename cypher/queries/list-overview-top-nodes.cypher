// The overview over budget: the $limit most important nodes of $labels. Ministries and bureaus always come first;
// then by dated facts (OWNS/HOLDS/COLLABORATES) in the year range [$from, $to] (null bounds are open), then by degree.
// Without a range the facts are counted from the degree store (getDegree), not by reading every fact's year.
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $labels)
WITH n, (n:Ministry OR n:Bureau) AS always,
     CASE WHEN $from IS NULL AND $to IS NULL THEN COUNT { (n)-[:OWNS|HOLDS|COLLABORATES]-() }
          ELSE COUNT { (n)-[r:OWNS|HOLDS|COLLABORATES]-() WHERE ($from IS NULL OR r.year >= $from) AND ($to IS NULL OR r.year <= $to) } END AS facts,
     COUNT { (n)--() } AS degree
ORDER BY always DESC, facts DESC, degree DESC, n.id
LIMIT $limit
RETURN coalesce(n.id, elementId(n)) AS key, labels(n) AS labels, properties(n) AS properties
