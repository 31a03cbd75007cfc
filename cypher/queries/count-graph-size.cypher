// Total nodes and relationships (count store): cheap, used for health and to notice that the graph changed.
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
