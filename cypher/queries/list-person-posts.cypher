// The posts a person holds, one row per HOLDS fact, with the org and evidence.
// extractedBy/confidence are null on facts loaded before they existed (the reader treats them as unknown).
MATCH (p:Entity {id: $id})-[r:HOLDS]->(o)
RETURN o.id AS id, o.name AS name, labels(o) AS labels, coalesce(r.title, '') AS title, r.year AS year,
       coalesce(r.evidence, []) AS evidence, coalesce(r.evidenceDocIds, []) AS evidenceDocIds,
       r.extractedBy AS extractedBy, r.confidence AS confidence,
       r.evidenceStarts AS evidenceStarts, r.evidenceEnds AS evidenceEnds
ORDER BY year, name
