// The programs an org owns, one row per OWNS fact (program, year), with its evidence.
// extractedBy/confidence are null on facts loaded before they existed (the reader treats them as unknown).
MATCH (o:Entity {id: $id})-[r:OWNS]->(p:Program)
RETURN p.id AS id, p.name AS name, p.nameEn AS nameEn, r.year AS year, coalesce(r.count, 1) AS count,
       coalesce(r.evidence, []) AS evidence, coalesce(r.evidenceDocIds, []) AS evidenceDocIds,
       r.extractedBy AS extractedBy, r.confidence AS confidence,
       r.evidenceStarts AS evidenceStarts, r.evidenceEnds AS evidenceEnds
ORDER BY year, name
