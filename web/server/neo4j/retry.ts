/**
 * Retries a read that collided with a concurrent write (an ingest replacing a document): Neo4j then
 * answers Neo.TransientError.Transaction.Outdated or a deadlock and asks for a retry. Only these are
 * retried, and quickly: a Neo4j that is away must answer 503 at once, not after the driver's 30 s.
 */
import { Neo4jError } from "neo4j-driver";

/** Attempts in all, and the pause before each retry (ms). */
const ATTEMPTS = 3;
const PAUSE_MS = 50;

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

export async function retryOnWriteConflict<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS * attempt));
    }
  }
}
