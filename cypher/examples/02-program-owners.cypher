// title: 哪些部门在哪些年份负责工业强基工程 · Which departments owned 工业强基工程, in which years
MATCH (o)-[r:OWNS]->(p:Program {name: '工业强基工程'})
RETURN o.name AS owner, labels(o)[0] AS kind, collect(DISTINCT r.year) AS years, sum(r.count) AS evidence
ORDER BY evidence DESC
