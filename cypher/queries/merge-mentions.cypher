// MENTIONS from a source document; count is that document's own (set, not added).
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count
RETURN count(r) AS written
