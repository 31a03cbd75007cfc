// Removes one document's share of OWNS/HOLDS/COLLABORATES/PART_OF/SUCCEEDED_BY (whose evidence, a gazetteer source, is no parallel list and stays): its entries of every parallel list (evidence,
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
  UNION ALL
  UNWIND coalesce(d.succeededByKeys, []) AS key MATCH ()-[r:SUCCEEDED_BY {key: key}]->() RETURN r
}
WITH r WHERE $docId IN r.docIds
// Each list is read once into a variable: indexing r.evidence[i] inside a comprehension reads the whole list
// again for every entry, which made removal quadratic in a fact's evidence (measured: 570 ms a document at ×100).
WITH r, startNode(r) AS a, endNode(r) AS b, r.evidence AS evidence, r.evidenceDocIds AS evidenceDocIds,
     r.evidenceStarts AS evidenceStarts, r.evidenceEnds AS evidenceEnds, r.extractedBy AS extractedBy,
     r.confidence AS confidence, [x IN r.docIds WHERE x <> $docId] AS docIds
WITH r, a, b, evidence, evidenceDocIds, evidenceStarts, evidenceEnds, extractedBy, confidence, docIds,
     [i IN range(0, size(coalesce(evidenceDocIds, [])) - 1) WHERE evidenceDocIds[i] <> $docId] AS keep
FOREACH (_ IN CASE WHEN size(docIds) = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN size(docIds) > 0 THEN [1] ELSE [] END |
  SET r.docIds = docIds,
      r.evidence = CASE WHEN evidence IS NULL OR type(r) = 'SUCCEEDED_BY' THEN evidence ELSE [i IN keep | evidence[i]] END,
      r.evidenceDocIds = CASE WHEN evidenceDocIds IS NULL THEN null ELSE [i IN keep | evidenceDocIds[i]] END,
      r.evidenceStarts = CASE WHEN evidenceStarts IS NULL THEN null ELSE [i IN keep | evidenceStarts[i]] END,
      r.evidenceEnds = CASE WHEN evidenceEnds IS NULL THEN null ELSE [i IN keep | evidenceEnds[i]] END,
      r.extractedBy = CASE WHEN extractedBy IS NULL THEN null ELSE [i IN keep | extractedBy[i]] END,
      r.confidence = CASE WHEN confidence IS NULL THEN null ELSE [i IN keep | confidence[i]] END,
      r.count = CASE WHEN r.count IS NULL THEN null ELSE size(keep) END)
WITH a, b, CASE WHEN type(r) = 'HOLDS' AND size(docIds) > 0 THEN elementId(r) END AS holds
RETURN collect(DISTINCT a.id) + collect(DISTINCT b.id) AS ids, collect(holds) AS holds
