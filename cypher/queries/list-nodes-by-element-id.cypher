// Nodes by elementId: the far ends of relationships a console query returned without their nodes.
MATCH (n)
WHERE elementId(n) IN $ids
RETURN n
