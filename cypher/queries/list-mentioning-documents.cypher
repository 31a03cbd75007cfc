// The documents that mention a node, most mentions first (at most $limit).
MATCH (d:Document)-[r:MENTIONS]->(n:Entity {id: $id})
RETURN d.id AS id, coalesce(d.title, d.name) AS name, d.date AS date, d.year AS year, coalesce(r.count, 1) AS count
ORDER BY count DESC, year DESC, name
LIMIT $limit
