// Total nodes and relationships (count store): cheap, used for health and to notice that the graph changed.
// DataVersion nodes (the record of shared links' data versions) and Review nodes (analysts' reviews of facts)
// are not part of the extracted graph and are not counted.
CALL { MATCH (n) RETURN count(n) AS total }
CALL { MATCH (v:DataVersion) RETURN count(v) AS versions }
CALL { MATCH (r:Review) RETURN count(r) AS reviews }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN total - versions - reviews AS nodes, relationships
