// How many nodes the overview of $labels would hold without a budget: one count-store read per model label (every
// node of the graph carries exactly one), so that the answer costs the same for a thousand nodes or a million.
CALL { MATCH (n:Ministry) RETURN count(n) AS ministries }
CALL { MATCH (n:Bureau) RETURN count(n) AS bureaus }
CALL { MATCH (n:Organization) RETURN count(n) AS organizations }
CALL { MATCH (n:Program) RETURN count(n) AS programs }
CALL { MATCH (n:Person) RETURN count(n) AS persons }
CALL { MATCH (n:Document) RETURN count(n) AS documents }
RETURN CASE WHEN 'Ministry' IN $labels THEN ministries ELSE 0 END
     + CASE WHEN 'Bureau' IN $labels THEN bureaus ELSE 0 END
     + CASE WHEN 'Organization' IN $labels THEN organizations ELSE 0 END
     + CASE WHEN 'Program' IN $labels THEN programs ELSE 0 END
     + CASE WHEN 'Person' IN $labels THEN persons ELSE 0 END
     + CASE WHEN 'Document' IN $labels THEN documents ELSE 0 END AS nodes
