// PART_OF by (start, end); docIds records which documents stated it so that re-ingesting one can remove its share.
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:PART_OF]->(b)
ON CREATE SET r.docIds = []
WITH r, row WHERE NOT row.docId IN r.docIds
SET r.docIds = r.docIds + row.docId
RETURN count(r) AS written
