// Removes one document's share of OWNS/HOLDS/COLLABORATES/PART_OF: its entries of every parallel list (evidence,
// evidenceDocIds, evidenceStarts, evidenceEnds, extractedBy, confidence; a missing list stays missing) and its docId;
// a relationship that only this document supported is deleted. Returns the ids of the touched ends and
// the element ids of the HOLDS that lost this document (their year is then recomputed: update-holds-years).
// The facts are found through the keys the Document lists (ownsKeys …) on the unique key of each type,
// so the cost is the document's, not the graph's.
MATCH (d:Document {id: $docId})
CALL (d) {
  UNWIND coalesce(d.ownsKeys, []) AS key MATCH ()-[r:OWNS {key: key}]->() RETURN r
  UNION ALL
  UNWIND coalesce(d.holdsKeys, []) AS key MATCH ()-[r:HOLDS {key: key}]->() RETURN r
  UNION ALL
  UNWIND coalesce(d.collaboratesKeys, []) AS key MATCH ()-[r:COLLABORATES {key: key}]->() RETURN r
  UNION ALL
  UNWIND coalesce(d.partOfKeys, []) AS key MATCH ()-[r:PART_OF {key: key}]->() RETURN r
}
WITH r WHERE $docId IN r.docIds
WITH startNode(r) AS a, endNode(r) AS b, r,
     [i IN range(0, size(coalesce(r.evidenceDocIds, [])) - 1) WHERE r.evidenceDocIds[i] <> $docId] AS keep,
     [x IN r.docIds WHERE x <> $docId] AS docIds
FOREACH (_ IN CASE WHEN size(docIds) = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN size(docIds) > 0 THEN [1] ELSE [] END |
  SET r.docIds = docIds,
      r.evidence = CASE WHEN r.evidence IS NULL THEN null ELSE [i IN keep | r.evidence[i]] END,
      r.evidenceDocIds = CASE WHEN r.evidenceDocIds IS NULL THEN null ELSE [i IN keep | r.evidenceDocIds[i]] END,
      r.evidenceStarts = CASE WHEN r.evidenceStarts IS NULL THEN null ELSE [i IN keep | r.evidenceStarts[i]] END,
      r.evidenceEnds = CASE WHEN r.evidenceEnds IS NULL THEN null ELSE [i IN keep | r.evidenceEnds[i]] END,
      r.extractedBy = CASE WHEN r.extractedBy IS NULL THEN null ELSE [i IN keep | r.extractedBy[i]] END,
      r.confidence = CASE WHEN r.confidence IS NULL THEN null ELSE [i IN keep | r.confidence[i]] END,
      r.count = CASE WHEN r.count IS NULL THEN null ELSE size(keep) END)
WITH a, b, CASE WHEN type(r) = 'HOLDS' AND size(docIds) > 0 THEN elementId(r) END AS holds
RETURN collect(DISTINCT a.id) + collect(DISTINCT b.id) AS ids, collect(holds) AS holds
