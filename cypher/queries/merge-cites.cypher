// CITES from a source document to a cited document.
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:CITES]->(b)
RETURN count(r) AS written
