// PART_OF by (start, end), found by its key (unique, cypher/schema.cypher); docIds records which documents
// stated it so that re-ingesting one can remove its share.
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:PART_OF {key: row.key}]->(b)
ON CREATE SET r.docIds = []
WITH r, row WHERE none(docId IN row.docIds WHERE docId IN r.docIds)
SET r.docIds = r.docIds + row.docIds
RETURN count(r) AS written
