// One OWNS per (org, program, year); a document's evidence is appended once (docId not yet listed), count = size(evidence).
// A yearless row matches the yearless relationship (MERGE cannot match on null).
// extractedBy/confidence run parallel to evidence; a relationship loaded before they existed gets '' / -1.0 (unknown) for its old entries.
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
OPTIONAL MATCH (a)-[existing:OWNS]->(b) WHERE coalesce(existing.year, -1) = coalesce(row.year, -1)
WITH a, b, row, head(collect(existing)) AS existing
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[:OWNS {year: row.year, evidence: [], evidenceDocIds: [], evidenceStarts: [], evidenceEnds: [], extractedBy: [], confidence: [], docIds: [], count: 0}]->(b))
WITH a, b, row
MATCH (a)-[r:OWNS]->(b) WHERE coalesce(r.year, -1) = coalesce(row.year, -1) AND NOT row.docId IN r.docIds
SET r.extractedBy = coalesce(r.extractedBy, [_ IN r.evidence | '']),
    r.confidence = coalesce(r.confidence, [_ IN r.evidence | -1.0])
SET r.evidence = r.evidence + row.evidence,
    r.evidenceDocIds = r.evidenceDocIds + row.evidenceDocIds,
    r.evidenceStarts = r.evidenceStarts + row.evidenceStarts,
    r.evidenceEnds = r.evidenceEnds + row.evidenceEnds,
    r.extractedBy = r.extractedBy + row.extractedBy,
    r.confidence = r.confidence + row.confidence,
    r.docIds = r.docIds + row.docId
SET r.count = size(r.evidence)
RETURN count(r) AS written
