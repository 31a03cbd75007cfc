// title: 哪些文件引用了某个文件 · Documents citing a title (change the words in CONTAINS)
MATCH (d:Document)-[:CITES]->(cited:Document)
WHERE cited.name CONTAINS '规划'
RETURN cited.name AS cited, collect(coalesce(d.title, d.name)) AS citedBy
ORDER BY size(citedBy) DESC
