// The posts a person holds, one row per HOLDS fact, with the org and evidence.
MATCH (p:Entity {id: $id})-[r:HOLDS]->(o)
RETURN o.id AS id, o.name AS name, labels(o) AS labels, coalesce(r.title, '') AS title, r.year AS year,
       coalesce(r.evidence, []) AS evidence, coalesce(r.evidenceDocIds, []) AS evidenceDocIds
ORDER BY year, name
