// The programs an org owns, one row per OWNS fact (program, year), with its evidence.
MATCH (o:Entity {id: $id})-[r:OWNS]->(p:Program)
RETURN p.id AS id, p.name AS name, p.nameEn AS nameEn, r.year AS year, coalesce(r.count, 1) AS count,
       coalesce(r.evidence, []) AS evidence, coalesce(r.evidenceDocIds, []) AS evidenceDocIds
ORDER BY year, name
