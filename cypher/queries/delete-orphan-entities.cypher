// Deletes the given entities that are left with no relationship at all (so no MENTIONS either); ingested documents stay.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT (n)--() AND coalesce(n.source, false) = false
DELETE n
RETURN count(*) AS deleted
