// One COLLABORATES per (org, partner, year), found by its key (unique per type, cypher/schema.cypher); the row's
// documents' evidence is appended unless one of them is already listed. extractedBy/confidence run parallel to evidence.
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:COLLABORATES {key: row.key}]->(b)
ON CREATE SET r.year = row.year, r.evidence = [], r.evidenceDocIds = [], r.evidenceStarts = [], r.evidenceEnds = [], r.extractedBy = [], r.confidence = [], r.docIds = []
WITH r, row WHERE none(docId IN row.docIds WHERE docId IN r.docIds)
SET r.extractedBy = coalesce(r.extractedBy, [_ IN r.evidence | '']),
    r.confidence = coalesce(r.confidence, [_ IN r.evidence | -1.0])
SET r.evidence = r.evidence + row.evidence,
    r.evidenceDocIds = r.evidenceDocIds + row.evidenceDocIds,
    r.evidenceStarts = r.evidenceStarts + row.evidenceStarts,
    r.evidenceEnds = r.evidenceEnds + row.evidenceEnds,
    r.extractedBy = r.extractedBy + row.extractedBy,
    r.confidence = r.confidence + row.confidence,
    r.docIds = r.docIds + row.docIds
RETURN count(r) AS written
