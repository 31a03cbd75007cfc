// The orgs an org collaborates with, in either direction, one row per COLLABORATES fact.
// extractedBy/confidence are null on facts loaded before they existed (the reader treats them as unknown).
MATCH (o:Entity {id: $id})-[r:COLLABORATES]-(c)
WHERE c <> o
RETURN c.id AS id, c.name AS name, labels(c) AS labels, r.year AS year, startNode(r).id AS start,
       coalesce(r.evidence, []) AS evidence, coalesce(r.evidenceDocIds, []) AS evidenceDocIds,
       r.extractedBy AS extractedBy, r.confidence AS confidence,
       r.evidenceStarts AS evidenceStarts, r.evidenceEnds AS evidenceEnds
ORDER BY name, year
