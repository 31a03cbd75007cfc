// Full-text search over names, aliases and English names ($lucene is an escaped Lucene query). The index gives its
// hits best first: asking it for $limit keeps a common character (工) from reading thousands of nodes to sort them.
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit}) YIELD node, score
RETURN node.id AS id, labels(node) AS labels, node.name AS name, coalesce(node.aliases, []) AS aliases,
       node.nameEn AS nameEn, score
ORDER BY score DESC
LIMIT $limit
