// title: 与财政部的合作 · Who collaborates with 财政部 (Ministry of Finance), and when
MATCH (o)-[r:COLLABORATES]-(m:Ministry {name: '财政部'})
RETURN o.name AS partner, labels(o)[0] AS kind, r.year AS year, r.evidence[0] AS evidence
ORDER BY year, partner
