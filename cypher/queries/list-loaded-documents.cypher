// Every loaded source document with the hashes that say whether a file must be read again (resume, re-ingest).
MATCH (d:Document)
WHERE d.source = true
RETURN d.id AS id, d.sha256 AS sha256, d.extractorSha256 AS extractorSha256, d.origin AS origin
