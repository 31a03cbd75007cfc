// The orgs owning a program, one row per OWNS fact (org, year), with its evidence.
MATCH (o)-[r:OWNS]->(p:Entity {id: $id})
RETURN o.id AS id, o.name AS name, labels(o) AS labels, r.year AS year,
       coalesce(r.evidence, []) AS evidence, coalesce(r.evidenceDocIds, []) AS evidenceDocIds
ORDER BY name, year
