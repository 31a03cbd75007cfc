// Records a data version the first time it is seen; an existing one is left as it was (its `at` is when it first appeared).
// No `name` property: search reads every node with an id and a name, and a version is no entity.
MERGE (v:DataVersion {id: $id})
ON CREATE SET v.documents = $documents, v.titles = $titles, v.shas = $shas, v.at = datetime()
RETURN v.id AS id
