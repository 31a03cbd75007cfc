/**
 * Retries a read that collided with a concurrent write (an ingest replacing a document): Neo4j then
 * answers Neo.TransientError.Transaction.Outdated or a deadlock and asks for a retry. Only these are
 * retried, and quickly: a Neo4j that is away must answer 503 at once, not after the driver's 30 s.
 *
 * A read refused because other transactions hold the server's whole transaction memory
 * (dbms.memory.transaction.total.max: an ingest batch and a console query together) is retried longer,
 * with growing pauses: that memory is freed when they end, which takes seconds, not milliseconds.
 */
import { Neo4jError } from "neo4j-driver";

/**
 * Attempts in all, and the first pause (ms), doubled before each further retry: 50, 100, 200, 400 ms. Three
 * attempts 50 and 100 ms apart once left a four-hop console count outdated by every one of an ingest's commits (CI).
 */
const ATTEMPTS = 5;
const PAUSE_MS = 50;
/** For a full shared memory pool: pauses 100, 200, 400, 800, 1,600 ms (3.1 s in all). */
const POOL_ATTEMPTS = 6;
const POOL_PAUSE_MS = 100;

/** Transaction conflicts Neo4j says to retry; not a timeout (Terminated) or a memory cap. */
export function isWriteConflict(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  const code = error.code;
  return (
    code.startsWith("Neo.TransientError.Transaction.") &&
    code !== "Neo.TransientError.Transaction.Terminated" &&
    !/Memory|LockClientStopped/i.test(code)
  );
}

/**
 * The server's memory for all transactions is taken, by others: this query did not pass its own cap
 * (db.memory.transaction.max), so it may pass once they end.
 */
export function isSharedMemoryFull(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    error.code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError" &&
    error.message.includes("dbms.memory.transaction.total.max")
  );
}

export async function retryOnWriteConflict<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (isSharedMemoryFull(error) && attempt < POOL_ATTEMPTS) {
        await pause(POOL_PAUSE_MS * 2 ** (attempt - 1));
        continue;
      }
      if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
      await pause(PAUSE_MS * 2 ** (attempt - 1));
    }
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
