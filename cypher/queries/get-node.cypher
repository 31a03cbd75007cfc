// One node by its id.
MATCH (n:Entity {id: $id})
RETURN n.id AS key, labels(n) AS labels, properties(n) AS properties
