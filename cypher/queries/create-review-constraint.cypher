// The reviews' unique id (also in schema.cypher, which only ingest applies): the server makes sure of it before
// its first review write, so that a server started on a database no ingest has touched never makes twins.
CREATE CONSTRAINT review_id IF NOT EXISTS FOR (n:Review) REQUIRE n.id IS UNIQUE
