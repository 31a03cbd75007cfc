// title: 机构沿革：信息化和软件服务业司的前身 · A bureau's lineage: what 信息化和软件服务业司 came from
MATCH path = (b:Bureau {name: '信息化和软件服务业司'})<-[:SUCCEEDED_BY*1..6]-(before)
WITH before, length(path) AS distance, last(relationships(path)) AS step
RETURN before.name AS predecessor, step.year AS year, step.kind AS kind, step.evidence AS source, distance
ORDER BY distance, year
