// Titles of documents by id, to show next to evidence sentences.
MATCH (d:Document)
WHERE d.id IN $ids
RETURN d.id AS id, coalesce(d.title, d.name) AS title
