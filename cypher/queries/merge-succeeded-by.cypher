// SUCCEEDED_BY (a reorganisation from the gazetteer) by (start, end), found by its key; year, kind and evidence
// (the source that records it) are the gazetteer's and overwritten; docIds records which documents brought it
// in (a document naming any body of the chain), so that removing them all removes it.
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:SUCCEEDED_BY {key: row.key}]->(b)
ON CREATE SET r.docIds = row.docIds
ON MATCH SET r.docIds = CASE WHEN any(d IN row.docIds WHERE d IN r.docIds) THEN r.docIds ELSE r.docIds + row.docIds END
SET r.year = row.year, r.kind = row.kind, r.evidence = row.evidence
RETURN count(*) AS written
