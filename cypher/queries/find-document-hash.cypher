// The sha256, extraction hash and origin (hash of its file's path) of an already loaded source document (no row when it was never loaded).
MATCH (d:Document {id: $docId})
RETURN d.sha256 AS sha256, d.extractionSha256 AS extractionSha256, coalesce(d.source, false) AS source, d.origin AS origin
