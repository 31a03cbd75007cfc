// title: 两个机构之间的最短联系 · Shortest connection between two organisations (规划司 → 财政部)
MATCH (a:Entity {name: '规划司'}), (b:Entity {name: '财政部'})
MATCH path = shortestPath((a)-[:OWNS|PART_OF|COLLABORATES|HOLDS*..6]-(b))
RETURN path
