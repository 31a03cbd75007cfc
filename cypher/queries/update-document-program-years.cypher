// Recomputes firstYear/lastYear of the given Programs (a batch's, in the transaction that writes its facts),
// so that a reader never sees a program's years disagree with its OWNS. The write lock is taken before the
// OWNS are read, so that a concurrent ingest's committed facts are counted.
MATCH (p:Program)
WHERE p.id IN $ids
SET p.yearsLock = true
REMOVE p.yearsLock
WITH p
OPTIONAL MATCH ()-[r:OWNS]->(p)
WITH p, min(r.year) AS firstYear, max(r.year) AS lastYear
SET p.firstYear = firstYear, p.lastYear = lastYear
RETURN count(p) AS programs
