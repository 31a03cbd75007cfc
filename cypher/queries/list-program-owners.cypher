// The orgs owning a program, one row per OWNS fact (org, year), with its evidence.
// extractedBy/confidence are null on facts loaded before they existed (the reader treats them as unknown).
MATCH (o)-[r:OWNS]->(p:Entity {id: $id})
RETURN o.id AS id, o.name AS name, labels(o) AS labels, r.year AS year,
       coalesce(r.evidence, []) AS evidence, coalesce(r.evidenceDocIds, []) AS evidenceDocIds,
       r.extractedBy AS extractedBy, r.confidence AS confidence,
       r.evidenceStarts AS evidenceStarts, r.evidenceEnds AS evidenceEnds
ORDER BY name, year
