// title: 规划司每年负责哪些项目 · A bureau's programs by year (规划司)
MATCH (b:Bureau {name: '规划司'})-[r:OWNS]->(p:Program)
RETURN r.year AS year, p.name AS program, p.nameEn AS programEn, r.count AS mentions
ORDER BY year, mentions DESC
