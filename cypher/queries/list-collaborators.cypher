// The orgs an org collaborates with, in either direction, one row per COLLABORATES fact.
MATCH (o:Entity {id: $id})-[r:COLLABORATES]-(c)
WHERE c <> o
RETURN c.id AS id, c.name AS name, labels(c) AS labels, r.year AS year,
       coalesce(r.evidence, []) AS evidence, coalesce(r.evidenceDocIds, []) AS evidenceDocIds
ORDER BY name, year
