// Substring search: name or an alias contains $q, or the English name contains $q ignoring case.
MATCH (n)
WHERE n.id IS NOT NULL AND n.name IS NOT NULL
  AND (n.name CONTAINS $q
       OR any(alias IN coalesce(n.aliases, []) WHERE alias CONTAINS $q)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($q))
RETURN n.id AS id, labels(n) AS labels, n.name AS name, coalesce(n.aliases, []) AS aliases, n.nameEn AS nameEn
LIMIT $limit
