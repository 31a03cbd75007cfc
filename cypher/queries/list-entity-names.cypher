// Every named node with its names, for the server's pinyin search index.
MATCH (n)
WHERE n.id IS NOT NULL AND n.name IS NOT NULL
RETURN n.id AS id, labels(n) AS labels, n.name AS name, coalesce(n.aliases, []) AS aliases, n.nameEn AS nameEn
