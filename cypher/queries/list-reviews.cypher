// Every review of a fact (:Review), newest first: the page applies them, the export writes them out.
MATCH (r:Review)
RETURN r.id AS id, r.type AS type, r.factKey AS factKey, r.start AS start, r.end AS end, r.year AS year,
       r.title AS title, r.status AS status, r.note AS note, r.sentence AS sentence, r.docId AS docId,
       r.updatedAt AS updatedAt
ORDER BY updatedAt DESC, id
