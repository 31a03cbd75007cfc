// Nodes of the overview graph: every node carrying one of $labels.
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $labels)
RETURN coalesce(n.id, elementId(n)) AS key, labels(n) AS labels, properties(n) AS properties
