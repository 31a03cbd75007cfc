// ISSUED_BY from a source document to its issuer.
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:ISSUED_BY]->(b)
RETURN count(r) AS written
