// Recomputes firstYear/lastYear of the given Programs (a document's, in the transaction that writes its facts),
// so that a reader never sees a program's years disagree with its OWNS.
MATCH (p:Program)
WHERE p.id IN $ids
OPTIONAL MATCH ()-[r:OWNS]->(p)
WITH p, min(r.year) AS firstYear, max(r.year) AS lastYear
SET p.firstYear = firstYear, p.lastYear = lastYear
RETURN count(p) AS programs
