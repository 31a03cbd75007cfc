// Recomputes every Program's firstYear/lastYear from the years of the OWNS pointing at it (none → removed).
MATCH (p:Program)
OPTIONAL MATCH ()-[r:OWNS]->(p)
WITH p, min(r.year) AS firstYear, max(r.year) AS lastYear
SET p.firstYear = firstYear, p.lastYear = lastYear
RETURN count(p) AS programs
