// Deletes a source document node (after remove-document-facts and remove-document-links took its contribution out).
MATCH (d:Document {id: $docId})
DETACH DELETE d
RETURN count(*) AS deleted
