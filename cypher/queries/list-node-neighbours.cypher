// A node's relationships in both directions with the node at the other end (at most $limit).
MATCH (n:Entity {id: $id})-[r]-(m)
RETURN elementId(r) AS key, type(r) AS type,
       coalesce(startNode(r).id, elementId(startNode(r))) AS source,
       coalesce(endNode(r).id, elementId(endNode(r))) AS target,
       properties(r) AS properties,
       coalesce(m.id, elementId(m)) AS otherKey, labels(m) AS otherLabels, properties(m) AS otherProperties
LIMIT $limit
