// A HOLDS that lost a supporting document takes the latest year of the documents still supporting it
// (a HOLDS's year is its document's year, and merge-holds keeps the latest).
UNWIND $ids AS rid
MATCH ()-[r:HOLDS]->() WHERE elementId(r) = rid
CALL (r) {
  UNWIND r.docIds AS docId
  MATCH (d:Document {id: docId})
  RETURN max(d.year) AS year
}
SET r.year = coalesce(year, r.year)
RETURN count(r) AS updated
