// The people holding posts in an org, one row per HOLDS fact, with its evidence.
// extractedBy/confidence are null on facts loaded before they existed (the reader treats them as unknown).
MATCH (p:Person)-[r:HOLDS]->(o:Entity {id: $id})
RETURN p.id AS id, p.name AS name, coalesce(r.title, '') AS title, r.year AS year,
       coalesce(r.evidence, []) AS evidence, coalesce(r.evidenceDocIds, []) AS evidenceDocIds,
       r.extractedBy AS extractedBy, r.confidence AS confidence,
       r.evidenceStarts AS evidenceStarts, r.evidenceEnds AS evidenceEnds
ORDER BY year, name
