// Creates or replaces reviews of facts (:Review, apart from the extracted graph, so that re-ingesting or replacing
// a document never touches them). A review is found by its id (a hash of the fact's type and key): the same fact
// reviewed again replaces the earlier review. Rows come validated from the API (web/server/reviews/).
UNWIND $rows AS row
MERGE (r:Review {id: row.id})
SET r.type = row.type, r.factKey = row.factKey, r.start = row.start, r.end = row.end, r.year = row.year,
    r.title = row.title, r.status = row.status, r.note = row.note, r.sentence = row.sentence,
    r.docId = row.docId, r.updatedAt = row.updatedAt
RETURN count(r) AS written
