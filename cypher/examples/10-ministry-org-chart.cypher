// title: 工信部组织结构 · MIIT's bureaus (org chart)
MATCH (b:Bureau)-[r:PART_OF]->(m:Ministry {name: '工业和信息化部'})
RETURN m, r, b
