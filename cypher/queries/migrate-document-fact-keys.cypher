// One-off upgrade, after migrate-fact-keys: lists on each source document the keys of the facts it supports
// (ownsKeys, holdsKeys, collaboratesKeys, partOfKeys), found the old way, through the entities it MENTIONS.
MATCH (d:Document)
WHERE d.source = true AND d.ownsKeys IS NULL
CALL (d) {
  OPTIONAL MATCH (d)-[:MENTIONS]->(e)-[r:OWNS|HOLDS|COLLABORATES|PART_OF]-()
  WHERE d.id IN r.docIds
  WITH d, collect(DISTINCT r) AS facts
  SET d.ownsKeys = [r IN facts WHERE type(r) = 'OWNS' | r.key],
      d.holdsKeys = [r IN facts WHERE type(r) = 'HOLDS' | r.key],
      d.collaboratesKeys = [r IN facts WHERE type(r) = 'COLLABORATES' | r.key],
      d.partOfKeys = [r IN facts WHERE type(r) = 'PART_OF' | r.key]
} IN TRANSACTIONS OF 100 ROWS
