// Merges nodes by id with the label Entity plus their model label (one fixed SET per label, never from input);
// properties are overwritten, aliases united.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n += row.properties
SET n.aliases = reduce(acc = coalesce(n.aliases, []), alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
FOREACH (_ IN CASE WHEN row.label = 'Ministry' THEN [1] ELSE [] END | SET n:Ministry)
FOREACH (_ IN CASE WHEN row.label = 'Bureau' THEN [1] ELSE [] END | SET n:Bureau)
FOREACH (_ IN CASE WHEN row.label = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN row.label = 'Program' THEN [1] ELSE [] END | SET n:Program)
FOREACH (_ IN CASE WHEN row.label = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN row.label = 'Document' THEN [1] ELSE [] END | SET n:Document)
RETURN count(n) AS merged
