// How many dated facts ($types: OWNS, HOLDS, COLLABORATES) there are per year and type, for the time slider.
MATCH ()-[r]->()
WHERE type(r) IN $types AND r.year IS NOT NULL
RETURN r.year AS year, type(r) AS type, count(r) AS count
ORDER BY year, type
