// A recorded data version: the source documents it was made of (parallel lists: ids, titles, content hashes).
MATCH (v:DataVersion {id: $id})
RETURN v.id AS id, v.documents AS documents, v.titles AS titles, v.shas AS shas, toString(v.at) AS at
