// PART_OF by (start, end), found by its key (unique, cypher/schema.cypher); docIds records which documents
// stated it so that re-ingesting one can remove its share.
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:PART_OF {key: row.key}]->(b)
ON CREATE SET r.docIds = row.docIds
ON MATCH SET r.docIds = CASE WHEN any(d IN row.docIds WHERE d IN r.docIds) THEN r.docIds ELSE r.docIds + row.docIds END
RETURN count(*) AS written
