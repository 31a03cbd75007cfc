// Constraints and indexes of the graph model; every statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT ministry_id IF NOT EXISTS FOR (n:Ministry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT bureau_id IF NOT EXISTS FOR (n:Bureau) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
// Every entity also carries the label Entity so that one index and one MERGE key serve all labels.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Ministry|Bureau|Organization|Program|Person|Document) ON EACH [n.name, n.aliases, n.nameEn];
CREATE INDEX owns_year IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.year);
CREATE INDEX holds_year IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.year);
CREATE INDEX collaborates_year IF NOT EXISTS FOR ()-[r:COLLABORATES]-() ON (r.year);
// A fact's key (ingest/neo4j/graph-rows.ts factKey) is unique per type: MERGE finds it, concurrent ingests never make
// twins, and a document's share is found through the keys it lists (Document.ownsKeys …).
CREATE CONSTRAINT owns_key IF NOT EXISTS FOR ()-[r:OWNS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT holds_key IF NOT EXISTS FOR ()-[r:HOLDS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT collaborates_key IF NOT EXISTS FOR ()-[r:COLLABORATES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT part_of_key IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT succeeded_by_key IF NOT EXISTS FOR ()-[r:SUCCEEDED_BY]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT review_id IF NOT EXISTS FOR (n:Review) REQUIRE n.id IS UNIQUE;
// Data versions that shared links carry (web/server/data-version/): one node per version, recorded by the API.
CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (v:DataVersion) REQUIRE v.id IS UNIQUE;
