import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { isWriteConflict, retryOnWriteConflict } from "../../web/server/neo4j/retry";
import { translateNeo4jError } from "../../web/server/neo4j/errors";

const neo = (code: string) => new Neo4jError("neo4j says retry", code, "50N42", "error: general processing exception");

describe("retrying reads that met a concurrent write", () => {
  it("retries outdated reads and deadlocks, never a timeout, a memory cap or a lost server", () => {
    expect(isWriteConflict(neo("Neo.TransientError.Transaction.Outdated"))).toBe(true);
    expect(isWriteConflict(neo("Neo.TransientError.Transaction.DeadlockDetected"))).toBe(true);
    expect(isWriteConflict(neo("Neo.TransientError.Transaction.Terminated"))).toBe(false);
    expect(isWriteConflict(neo("Neo.TransientError.General.MemoryPoolOutOfMemoryError"))).toBe(false);
    expect(isWriteConflict(neo("ServiceUnavailable"))).toBe(false);
  });

  it("gives up after three attempts, and the last conflict is a 503 that says to try again", async () => {
    let attempts = 0;
    const failing = retryOnWriteConflict(async () => {
      attempts++;
      throw neo("Neo.TransientError.Transaction.Outdated");
    });
    const error = await failing.catch((e: unknown) => e);
    expect(attempts).toBe(3);
    const translated = translateNeo4jError(error, { uri: "bolt://x", timeoutMs: 1, source: "get-node" });
    expect(translated.statusCode).toBe(503);
    expect(translated.message).toMatch(/try again/i);
    let second = 0;
    await expect(retryOnWriteConflict(async () => (++second < 2 ? Promise.reject(neo("Neo.TransientError.Transaction.Outdated")) : "ok"))).resolves.toBe("ok");
  });
});
