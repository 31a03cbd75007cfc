// One OWNS per (org, program, year); a document's evidence is appended once (docId not yet listed), count = size(evidence).
// A yearless row matches the yearless relationship (MERGE cannot match on null).
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
OPTIONAL MATCH (a)-[existing:OWNS]->(b) WHERE coalesce(existing.year, -1) = coalesce(row.year, -1)
WITH a, b, row, head(collect(existing)) AS existing
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[:OWNS {year: row.year, evidence: [], evidenceDocIds: [], evidenceStarts: [], evidenceEnds: [], docIds: [], count: 0}]->(b))
WITH a, b, row
MATCH (a)-[r:OWNS]->(b) WHERE coalesce(r.year, -1) = coalesce(row.year, -1) AND NOT row.docId IN r.docIds
SET r.evidence = r.evidence + row.evidence,
    r.evidenceDocIds = r.evidenceDocIds + row.evidenceDocIds,
    r.evidenceStarts = r.evidenceStarts + row.evidenceStarts,
    r.evidenceEnds = r.evidenceEnds + row.evidenceEnds,
    r.docIds = r.docIds + row.docId
SET r.count = size(r.evidence)
RETURN count(r) AS written
