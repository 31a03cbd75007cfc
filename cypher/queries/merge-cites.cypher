// CITES from a source document to a cited document. CREATE, not MERGE: written only when the document has no
// links (new, or just cleared by remove-document-links), one row per cited document.
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
CREATE (a)-[r:CITES]->(b)
RETURN count(r) AS written
