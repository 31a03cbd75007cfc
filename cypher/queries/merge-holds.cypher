// One HOLDS per (person, org, title), found by its key (unique per type, cypher/schema.cypher); year is the latest stated.
// The row's documents' evidence is appended unless one of them is already listed (a row's documents are all new or all
// there): that test runs once per row (it scans docIds, which grows with every document stating the fact). A new
// fact starts with empty lists and takes the same append. The SET items run in order, docIds last.
// extractedBy/confidence run parallel to evidence (a relationship loaded before they existed gets '' / -1.0, unknown,
// for its old entries); they are set before evidence, so that they pad to its old length.
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:HOLDS {key: row.key}]->(b)
ON CREATE SET r.evidence = [], r.evidenceDocIds = [], r.evidenceStarts = [], r.evidenceEnds = [], r.extractedBy = [], r.confidence = [], r.docIds = [], r.title = row.title, r.year = row.year
WITH r, row WHERE NOT any(d IN row.docIds WHERE d IN r.docIds)
SET
  r.extractedBy = coalesce(r.extractedBy, [_ IN r.evidence | '']) + row.extractedBy,
  r.confidence = coalesce(r.confidence, [_ IN r.evidence | -1.0]) + row.confidence,
  r.year = CASE WHEN (r.year IS NOT NULL AND coalesce(row.year, r.year) <= r.year) THEN r.year ELSE row.year END,
  r.evidenceDocIds = r.evidenceDocIds + row.evidenceDocIds,
  r.evidenceStarts = r.evidenceStarts + row.evidenceStarts,
  r.evidenceEnds = r.evidenceEnds + row.evidenceEnds,
  r.evidence = r.evidence + row.evidence,
  r.docIds = r.docIds + row.docIds
RETURN count(*) AS written
