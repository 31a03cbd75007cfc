// Records the extractor fingerprint on documents found unchanged, so that a later run skips them unread.
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d.extractorSha256 = $extractorSha256
RETURN count(d) AS updated
