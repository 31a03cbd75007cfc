// title: 某部门负责某项目的原文证据（置信度 ≥ 0.8）· The sentences saying a bureau owns a program, confidence ≥ 0.8
MATCH (b:Bureau {name: '规划司'})-[r:OWNS]->(p:Program)
UNWIND range(0, size(r.evidence) - 1) AS i
// extractedBy[i] / confidence[i] say how evidence[i] was read; facts loaded before they existed have none (null).
WITH p, r, i WHERE r.confidence[i] >= 0.8
MATCH (d:Document {id: r.evidenceDocIds[i]})
RETURN p.name AS program, r.year AS year, r.evidence[i] AS sentence, r.extractedBy[i] AS method, r.confidence[i] AS confidence,
       coalesce(d.title, d.name) AS document
ORDER BY year, program
LIMIT 50
