// Neo4j's name, version and edition, for GET /api/health.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions, edition
