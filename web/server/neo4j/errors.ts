/** Turns driver errors into the server's typed errors, so no driver error leaves the neo4j/ folder. */
import { Neo4jError } from "neo4j-driver";
import { isSharedMemoryFull, isWriteConflict } from "./retry";
import {
  ApiHttpError,
  CypherFailedError,
  CypherRefusedError,
  CypherTimeoutError,
  DatabaseUnavailableError,
  UnexpectedDataError,
} from "../errors";

/** What the translation needs to know to write an actionable message. */
export interface ErrorContext {
  uri: string;
  timeoutMs: number;
  /** "console" for the user's own Cypher (Neo4j's message is shown), else the name of our query. */
  source: "console" | string;
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "ECONNREFUSED"]);

/** Maps any error thrown by the driver to an ApiHttpError (already-typed errors pass through). */
export function translateNeo4jError(error: unknown, ctx: ErrorContext): ApiHttpError {
  if (error instanceof ApiHttpError) return error;
  if (!(error instanceof Neo4jError)) {
    return new UnexpectedDataError(`Neo4j query ${ctx.source} failed unexpectedly; see the server log.`, { cause: error });
  }
  const code = error.code;
  if (UNAVAILABLE_CODES.has(code)) {
    return new DatabaseUnavailableError(
      `Neo4j is not reachable at ${ctx.uri}. Start it with \`npm run neo4j:start\` (or \`docker compose up\`), or point NEO4J_URI at a running server.`,
      { cause: error },
    );
  }
  if (code.startsWith("Neo.ClientError.Security.")) {
    return new DatabaseUnavailableError(
      `Neo4j at ${ctx.uri} refused the server's credentials (${code}). Check NEO4J_USERNAME and NEO4J_PASSWORD.`,
      { cause: error },
    );
  }
  if (code.includes("TransactionTimedOut") || code === "Neo.TransientError.Transaction.Terminated") {
    if (ctx.source === "console") return new CypherTimeoutError(ctx.timeoutMs, { cause: error });
    return new ApiHttpError(503, "timeout", `The database took longer than ${ctx.timeoutMs} ms to answer; try again or narrow the request.`, {
      cause: error,
    });
  }
  if (isWriteConflict(error)) {
    return new DatabaseUnavailableError(
      `Neo4j could not finish the read while documents were being written (${code}), even after retrying. Try again in a moment.`,
      { cause: error },
    );
  }
  if (isSharedMemoryFull(error) && ctx.source !== "console") {
    return new DatabaseUnavailableError(
      "Neo4j's memory for transactions is taken by other queries (an ingest or a large console query), even after retrying for 3 s. Try again in a moment.",
      { cause: error },
    );
  }
  if (isDatabaseNotReady(error)) {
    return new DatabaseUnavailableError(
      `Neo4j at ${ctx.uri} answers but its database is not ready (${code}); it is probably starting or recovering. Try again in a few seconds.`,
      { cause: error },
    );
  }
  if (ctx.source !== "console") {
    return new UnexpectedDataError(`Neo4j query ${ctx.source} failed (${code}): ${error.message}`, { cause: error });
  }
  return translateConsoleError(error);
}

/**
 * While Neo4j starts (or recovers after a crash) it accepts Bolt before its database is online, and
 * answers with these; they are the server's state, not a fault of the request.
 */
function isDatabaseNotReady(error: Neo4jError): boolean {
  const code = error.code;
  if (MEMORY_CODES.test(code)) return false;
  return (
    code === "Neo.TransientError.General.DatabaseUnavailable" ||
    code === "Neo.ClientError.Database.DatabaseNotFound" ||
    code === "Neo.DatabaseError.Database.DatabaseNotFound" ||
    code.startsWith("Neo.TransientError.General.") ||
    (code.startsWith("Neo.DatabaseError.") && /unavailable|not (yet )?(started|available)|shut ?down|stopp/i.test(error.message))
  );
}

/** Neo4j's answers when a transaction hits its memory cap (db.memory.transaction.max) or the heap runs out. */
const MEMORY_CODES = /MemoryPoolOutOfMemoryError|OutOfMemoryError|TransactionOutOfMemory|MemoryLimit/i;

function translateConsoleError(error: Neo4jError): ApiHttpError {
  const code = error.code;
  if (MEMORY_CODES.test(code) || (/memory/i.test(error.message) && code.startsWith("Neo.TransientError."))) {
    return new ApiHttpError(400, "resource_limit", "The query needs more memory than one console query may use: add a LIMIT, return fewer or smaller values, or aggregate (count, collect with a slice).", { cause: error });
  }
  if (code === "Neo.ClientError.Statement.SyntaxError") return new CypherFailedError("syntax", error.message, { cause: error });
  if (code === "Neo.ClientError.Statement.AccessMode" || code.startsWith("Neo.ClientError.Schema.")) {
    return new CypherRefusedError("read_only", `The console is read-only; Neo4j refused: ${error.message}`);
  }
  if (code === "Neo.ClientError.Procedure.ProcedureNotFound") {
    return new CypherRefusedError("procedure_not_allowed", error.message);
  }
  if (code === "Neo.ClientError.Statement.ParameterMissing") {
    return new CypherFailedError("invalid_request", `${error.message} Pass it in "params".`, { cause: error });
  }
  if (code.startsWith("Neo.ClientError.")) return new CypherFailedError("query_failed", error.message, { cause: error });
  // A transient or database error is the server's state, not a fault of this API: say so and let the user retry.
  return new ApiHttpError(503, "database_unavailable", `Neo4j could not run the query just now (${code}): ${error.message} Try again in a moment.`, { cause: error });
}
