// title: 中国制造2025的组成项目 · Programs that are part of 中国制造2025
MATCH (part:Program)-[:PART_OF]->(p:Program {name: '中国制造2025'})
OPTIONAL MATCH (o)-[r:OWNS]->(part)
RETURN part.name AS program, part.nameEn AS programEn, collect(DISTINCT o.name) AS owners
ORDER BY program
