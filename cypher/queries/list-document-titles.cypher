// What a citation names of each document the evidence comes from: title, issuer, date and document number.
MATCH (d:Document)
WHERE d.id IN $ids
RETURN d.id AS id, coalesce(d.title, d.name) AS title, d.issuer AS issuer, d.date AS date, d.docNumber AS docNumber
