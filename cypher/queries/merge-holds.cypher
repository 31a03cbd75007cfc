// One HOLDS per (person, org, title), found by its key (unique per type, cypher/schema.cypher); year is the latest stated.
// The row's documents' evidence is appended unless one of them is already listed (a row's documents are all new or all
// there). One SET, every right-hand side read before docIds changes, so Neo4j plans no Eager step.
// extractedBy/confidence run parallel to evidence (a relationship loaded before they existed gets '' / -1.0, unknown,
// for its old entries); they are set before evidence, so that they pad to its old length.
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:HOLDS {key: row.key}]->(b)
ON CREATE SET r.evidence = row.evidence, r.evidenceDocIds = row.evidenceDocIds, r.evidenceStarts = row.evidenceStarts, r.evidenceEnds = row.evidenceEnds, r.extractedBy = row.extractedBy, r.confidence = row.confidence, r.docIds = row.docIds, r.title = row.title, r.year = row.year
ON MATCH SET
  r.extractedBy = CASE WHEN any(d IN row.docIds WHERE d IN r.docIds) THEN r.extractedBy ELSE coalesce(r.extractedBy, [_ IN r.evidence | '']) + row.extractedBy END,
  r.confidence = CASE WHEN any(d IN row.docIds WHERE d IN r.docIds) THEN r.confidence ELSE coalesce(r.confidence, [_ IN r.evidence | -1.0]) + row.confidence END,
  r.year = CASE WHEN any(d IN row.docIds WHERE d IN r.docIds) OR (r.year IS NOT NULL AND coalesce(row.year, r.year) <= r.year) THEN r.year ELSE row.year END,
  r.evidenceDocIds = CASE WHEN any(d IN row.docIds WHERE d IN r.docIds) THEN r.evidenceDocIds ELSE r.evidenceDocIds + row.evidenceDocIds END,
  r.evidenceStarts = CASE WHEN any(d IN row.docIds WHERE d IN r.docIds) THEN r.evidenceStarts ELSE r.evidenceStarts + row.evidenceStarts END,
  r.evidenceEnds = CASE WHEN any(d IN row.docIds WHERE d IN r.docIds) THEN r.evidenceEnds ELSE r.evidenceEnds + row.evidenceEnds END,
  r.evidence = CASE WHEN any(d IN row.docIds WHERE d IN r.docIds) THEN r.evidence ELSE r.evidence + row.evidence END,
  r.docIds = CASE WHEN any(d IN row.docIds WHERE d IN r.docIds) THEN r.docIds ELSE r.docIds + row.docIds END
RETURN count(*) AS written
