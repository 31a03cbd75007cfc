// Whether any source document was loaded before facts had keys (then migrate-fact-keys runs once).
MATCH (d:Document)
WHERE d.source = true AND d.ownsKeys IS NULL
RETURN count(d) > 0 AS needed
