// title: 分析人员否决或添加的事实 · Facts analysts rejected or added (reviews, with their notes)
MATCH (r:Review)
WHERE r.status IN ['rejected', 'added']
OPTIONAL MATCH (a:Entity {id: r.start})
OPTIONAL MATCH (b:Entity {id: r.end})
RETURN r.status AS status, r.type AS type, coalesce(a.name, r.start) AS from, coalesce(b.name, r.end) AS to,
       r.year AS year, r.note AS note, r.sentence AS sentence, r.updatedAt AS reviewedAt
ORDER BY reviewedAt DESC
LIMIT 100
