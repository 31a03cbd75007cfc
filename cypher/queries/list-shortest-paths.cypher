// All shortest paths between two entities over the fact relationships only (OWNS, HOLDS, COLLABORATES,
// PART_OF), in either direction: MENTIONS/CITES/ISSUED_BY are left out, or every path would run through a document.
// Cypher takes no parameter for a variable-length bound: the placeholder after `*..` is replaced by an integer of the closed
// set in cypher/hop-limit.ts before the statement runs (never by request text); unreplaced, it is a syntax error.
// Raw paths (one per combination of parallel facts, e.g. one OWNS per year) are read up to $scanLimit, then made
// distinct by their nodes and the type and direction of each hop; one row per relationship on each hop of the
// first $pathLimit of them.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:OWNS|HOLDS|COLLABORATES|PART_OF*..MAX_HOPS_LITERAL]-(b))
WITH p LIMIT $scanLimit
WITH collect(p) AS raw
UNWIND raw AS p
WITH DISTINCT size(raw) AS scanned, nodes(p) AS ns,
     [i IN range(0, length(p) - 1) |
       type(relationships(p)[i]) + CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i] THEN '>' ELSE '<' END] AS hops
ORDER BY [n IN ns | n.id], hops
LIMIT $pathLimit
WITH scanned, collect({ns: ns, hops: hops}) AS found
UNWIND range(0, size(found) - 1) AS pathIndex
WITH scanned, pathIndex, found[pathIndex] AS path
UNWIND range(0, size(path.hops) - 1) AS hop
WITH scanned, pathIndex, path, hop, path.ns[hop] AS x, path.ns[hop + 1] AS y
MATCH (x)-[r]-(y)
WHERE type(r) + CASE WHEN startNode(r) = x THEN '>' ELSE '<' END = path.hops[hop]
RETURN scanned, pathIndex, hop,
       [n IN path.ns | {key: n.id, labels: labels(n), properties: properties(n)}] AS nodes,
       elementId(r) AS key, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
       r.year AS year, r.title AS title,
       coalesce(r.evidence, []) AS evidence, coalesce(r.evidenceDocIds, []) AS evidenceDocIds,
       r.extractedBy AS extractedBy, r.confidence AS confidence, properties(r) AS properties
ORDER BY pathIndex, hop, year, key
