// title: 司局与项目关系图 · Bureaus and the programs they own (as a graph)
MATCH (b:Bureau)-[r:OWNS]->(p:Program)
RETURN b, r, p
LIMIT 100
