// title: 官员及其职务 · Officials and their posts
MATCH (p:Person)-[h:HOLDS]->(o)
RETURN p.name AS person, h.title AS title, o.name AS organisation, h.year AS year
ORDER BY organisation, year, person
