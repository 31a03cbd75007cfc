// ISSUED_BY from a source document to its issuer. CREATE, not MERGE: written only when the document has no
// links (new, or just cleared by remove-document-links), one row per issuer.
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
CREATE (a)-[r:ISSUED_BY]->(b)
RETURN count(r) AS written
