// Deletes one review by id; returns how many were deleted (0 or 1).
MATCH (r:Review {id: $id})
DELETE r
RETURN count(*) AS deleted
