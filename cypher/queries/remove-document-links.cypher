// Deletes a source document's MENTIONS, CITES and ISSUED_BY and resets its properties to its id;
// returns the ids of the nodes they pointed to.
MATCH (d:Document {id: $docId})
OPTIONAL MATCH (d)-[r:MENTIONS|CITES|ISSUED_BY]->(e)
WITH d, collect(DISTINCT e.id) AS ids, collect(r) AS links
FOREACH (link IN links | DELETE link)
SET d = {id: d.id}
RETURN ids
