// title: 某部门负责某项目的原文证据 · The sentences saying a bureau owns a program
MATCH (b:Bureau {name: '规划司'})-[r:OWNS]->(p:Program)
UNWIND range(0, size(r.evidence) - 1) AS i
MATCH (d:Document {id: r.evidenceDocIds[i]})
RETURN p.name AS program, r.year AS year, r.evidence[i] AS sentence, coalesce(d.title, d.name) AS document
ORDER BY year, program
LIMIT 50
