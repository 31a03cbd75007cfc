// How many nodes the overview of $labels would hold without a budget.
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $labels)
RETURN count(n) AS nodes
