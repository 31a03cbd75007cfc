// Removes one document's share of OWNS/HOLDS/COLLABORATES/PART_OF: its evidence entries and its docId;
// a relationship that only this document supported is deleted. Returns the ids of the touched ends.
MATCH (a)-[r:OWNS|HOLDS|COLLABORATES|PART_OF]->(b)
WHERE $docId IN r.docIds
WITH a, b, r, [i IN range(0, size(coalesce(r.evidenceDocIds, [])) - 1) WHERE r.evidenceDocIds[i] <> $docId] AS keep
WITH a, b, r, keep, [x IN r.docIds WHERE x <> $docId] AS docIds
FOREACH (_ IN CASE WHEN size(docIds) = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN size(docIds) > 0 THEN [1] ELSE [] END |
  SET r.docIds = docIds,
      r.evidence = CASE WHEN r.evidence IS NULL THEN null ELSE [i IN keep | r.evidence[i]] END,
      r.evidenceDocIds = CASE WHEN r.evidenceDocIds IS NULL THEN null ELSE [i IN keep | r.evidenceDocIds[i]] END,
      r.evidenceStarts = CASE WHEN r.evidenceStarts IS NULL THEN null ELSE [i IN keep | r.evidenceStarts[i]] END,
      r.evidenceEnds = CASE WHEN r.evidenceEnds IS NULL THEN null ELSE [i IN keep | r.evidenceEnds[i]] END,
      r.count = CASE WHEN r.count IS NULL THEN null ELSE size(keep) END)
WITH collect(DISTINCT a.id) + collect(DISTINCT b.id) AS ids
RETURN ids
