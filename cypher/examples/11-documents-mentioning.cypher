// title: 提到某项目最多的文件 · Documents that mention a program most (两化融合)
MATCH (d:Document)-[m:MENTIONS]->(p:Program)
WHERE p.name = '两化融合' OR '两化融合' IN p.aliases
RETURN coalesce(d.title, d.name) AS document, d.date AS date, m.count AS mentions
ORDER BY mentions DESC
