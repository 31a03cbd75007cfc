// title: 规划司 2013 与 2014 年的项目对比 · A bureau's programs compared between two years (规划司 2013 → 2014)
MATCH (b:Bureau {name: '规划司'})-[r:OWNS]->(p:Program)
WHERE r.year IN [2013, 2014]
WITH p, collect(DISTINCT r.year) AS years
RETURN p.name AS program,
       CASE WHEN size(years) = 2 THEN 'kept' WHEN 2014 IN years THEN 'added' ELSE 'removed' END AS change
ORDER BY change, program
