// Full-text search over names, aliases and English names ($lucene is an escaped Lucene query).
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
RETURN node.id AS id, labels(node) AS labels, node.name AS name, coalesce(node.aliases, []) AS aliases,
       node.nameEn AS nameEn, score
ORDER BY score DESC
LIMIT $limit
