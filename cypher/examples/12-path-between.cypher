// title: 两个实体之间的所有最短路径（只走事实关系）· All shortest paths between two entities over facts (苗圩 → 工业强基工程)
MATCH (a:Entity {id: 'person:苗圩'}), (b:Entity {id: 'program:工业强基工程'})
MATCH path = allShortestPaths((a)-[:OWNS|HOLDS|COLLABORATES|PART_OF*..6]-(b))
RETURN path, [r IN relationships(path) | type(r) + ' ' + coalesce(toString(r.year), '') + ': ' + coalesce(r.evidence[0], '')] AS evidence
LIMIT 20
