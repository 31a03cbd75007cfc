// MENTIONS from a source document, count its own. CREATE, not MERGE: the loader writes a document's links only
// when it has none (a new document, or one whose links remove-document-links just deleted), one row per entity.
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
CREATE (a)-[r:MENTIONS {count: row.count}]->(b)
RETURN count(r) AS written
