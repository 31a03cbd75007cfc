// One COLLABORATES per (org, partner, year); a document's evidence is appended once (docId not yet listed).
// extractedBy/confidence run parallel to evidence; a relationship loaded before they existed gets '' / -1.0 (unknown) for its old entries.
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
OPTIONAL MATCH (a)-[existing:COLLABORATES]->(b) WHERE coalesce(existing.year, -1) = coalesce(row.year, -1)
WITH a, b, row, head(collect(existing)) AS existing
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[:COLLABORATES {year: row.year, evidence: [], evidenceDocIds: [], evidenceStarts: [], evidenceEnds: [], extractedBy: [], confidence: [], docIds: []}]->(b))
WITH a, b, row
MATCH (a)-[r:COLLABORATES]->(b) WHERE coalesce(r.year, -1) = coalesce(row.year, -1) AND NOT row.docId IN r.docIds
SET r.extractedBy = coalesce(r.extractedBy, [_ IN r.evidence | '']),
    r.confidence = coalesce(r.confidence, [_ IN r.evidence | -1.0])
SET r.evidence = r.evidence + row.evidence,
    r.evidenceDocIds = r.evidenceDocIds + row.evidenceDocIds,
    r.evidenceStarts = r.evidenceStarts + row.evidenceStarts,
    r.evidenceEnds = r.evidenceEnds + row.evidenceEnds,
    r.extractedBy = r.extractedBy + row.extractedBy,
    r.confidence = r.confidence + row.confidence,
    r.docIds = r.docIds + row.docId
RETURN count(r) AS written
