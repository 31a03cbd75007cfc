// title: 负责项目最多的司局 · Bureaus owning the most programs
MATCH (b:Bureau)-[r:OWNS]->(p:Program)
RETURN b.name AS bureau, b.nameEn AS bureauEn, count(DISTINCT p) AS programs, collect(DISTINCT r.year) AS years
ORDER BY programs DESC
LIMIT 20
