// Every ingested source document with what says whether its content changed: the file's hash and its extraction's.
MATCH (d:Document)
WHERE d.source = true
RETURN d.id AS id, coalesce(d.title, d.name, d.id) AS title, coalesce(d.sha256, '') AS sha256, coalesce(d.extractionSha256, '') AS extractionSha256
