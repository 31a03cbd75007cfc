// The sha256, extraction hash, extractor fingerprint and origin (hash of its file's path) of already loaded
// documents among $ids (no row for an id never loaded).
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.sha256 AS sha256, d.extractionSha256 AS extractionSha256, d.extractorSha256 AS extractorSha256,
       coalesce(d.source, false) AS source, d.origin AS origin
