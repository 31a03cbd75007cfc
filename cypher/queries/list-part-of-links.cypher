// PART_OF in both directions: what a node is part of ("up") and what is part of it ("down").
MATCH (n:Entity {id: $id})-[r:PART_OF]-(m)
RETURN CASE WHEN startNode(r) = n THEN 'up' ELSE 'down' END AS direction,
       m.id AS id, m.name AS name, labels(m) AS labels
ORDER BY direction, name
