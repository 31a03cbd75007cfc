// One HOLDS per (person, org, title), found by its key (unique per type, cypher/schema.cypher); the row's documents'
// evidence is appended unless one of them is already listed; year is the latest stated.
// extractedBy/confidence run parallel to evidence (a relationship loaded before they existed gets '' / -1.0, unknown, for its old entries).
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:HOLDS {key: row.key}]->(b)
ON CREATE SET r.title = row.title, r.evidence = [], r.evidenceDocIds = [], r.evidenceStarts = [], r.evidenceEnds = [], r.extractedBy = [], r.confidence = [], r.docIds = []
WITH r, row WHERE none(docId IN row.docIds WHERE docId IN r.docIds)
SET r.extractedBy = coalesce(r.extractedBy, [_ IN r.evidence | '']),
    r.confidence = coalesce(r.confidence, [_ IN r.evidence | -1.0])
SET r.evidence = r.evidence + row.evidence,
    r.evidenceDocIds = r.evidenceDocIds + row.evidenceDocIds,
    r.evidenceStarts = r.evidenceStarts + row.evidenceStarts,
    r.evidenceEnds = r.evidenceEnds + row.evidenceEnds,
    r.extractedBy = r.extractedBy + row.extractedBy,
    r.confidence = r.confidence + row.confidence,
    r.docIds = r.docIds + row.docIds,
    r.year = CASE WHEN r.year IS NULL OR row.year > r.year THEN row.year ELSE r.year END
RETURN count(r) AS written
