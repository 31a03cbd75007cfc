import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import {
  CypherFailedError,
  CypherRefusedError,
  CypherTimeoutError,
  DatabaseUnavailableError,
  InvalidRequestError,
  UnexpectedDataError,
} from "../../web/server/errors";
import { translateNeo4jError } from "../../web/server/neo4j/errors";

const ctx = { uri: "bolt://127.0.0.1:7687", timeoutMs: 500, source: "console" };
const neo = (code: string, message = "neo4j says no") => new Neo4jError(message, code, "50N42", "error: general processing exception");

describe("translateNeo4jError", () => {
  it("turns a lost or refused connection into DatabaseUnavailableError naming the URI and what to run", () => {
    const error = translateNeo4jError(neo("ServiceUnavailable"), ctx);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error.statusCode).toBe(503);
    expect(error.message).toMatch(/bolt:\/\/127\.0\.0\.1:7687.*npm run neo4j:start/);
    expect(translateNeo4jError(neo("Neo.ClientError.Security.Unauthorized"), ctx).message).toMatch(/NEO4J_PASSWORD/);
  });

  it("answers 503 while the database is starting, for the console and the API's own queries alike", () => {
    for (const source of ["console", "get-node"]) {
      for (const code of ["Neo.TransientError.General.DatabaseUnavailable", "Neo.ClientError.Database.DatabaseNotFound"]) {
        const error = translateNeo4jError(neo(code, "Database 'neo4j' is unavailable."), { ...ctx, source });
        expect(error).toBeInstanceOf(DatabaseUnavailableError);
        expect(error.message).toMatch(/not ready.*try again/i);
      }
    }
    // A memory cap is the query's fault, not the server's state.
    expect(translateNeo4jError(neo("Neo.TransientError.General.MemoryPoolOutOfMemoryError"), ctx).code).toBe("resource_limit");
  });

  it("turns a transaction timeout into CypherTimeoutError for the console", () => {
    const error = translateNeo4jError(neo("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"), ctx);
    expect(error).toBeInstanceOf(CypherTimeoutError);
    expect(error.code).toBe("timeout");
  });

  it("keeps Neo4j's message for the user's syntax and runtime errors", () => {
    const syntax = translateNeo4jError(neo("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETURN'"), ctx);
    expect(syntax).toBeInstanceOf(CypherFailedError);
    expect(syntax).toMatchObject({ code: "syntax", message: "Invalid input 'RETURN'" });
    expect(translateNeo4jError(neo("Neo.ClientError.Statement.ArithmeticError"), ctx).code).toBe("query_failed");
    expect(translateNeo4jError(neo("Neo.ClientError.Statement.AccessMode"), ctx)).toBeInstanceOf(CypherRefusedError);
  });

  it("reports failures of the API's own queries as internal errors naming the query", () => {
    const error = translateNeo4jError(neo("Neo.ClientError.Statement.SyntaxError"), { ...ctx, source: "get-node" });
    expect(error).toBeInstanceOf(UnexpectedDataError);
    expect(error.message).toMatch(/get-node/);
  });

  it("passes typed API errors through", () => {
    const typed = new InvalidRequestError("bad");
    expect(translateNeo4jError(typed, ctx)).toBe(typed);
  });
});
