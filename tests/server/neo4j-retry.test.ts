import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { isSharedMemoryFull, isWriteConflict, retryOnWriteConflict } from "../../web/server/neo4j/retry";
import { translateNeo4jError } from "../../web/server/neo4j/errors";

const neo = (code: string, message = "neo4j says retry") => new Neo4jError(message, code, "50N42", "error: general processing exception");
const POOL = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";
const sharedPoolFull = () => neo(POOL, "The allocation of an extra 2.0 MiB would use more than the limit 358.4 MiB. dbms.memory.transaction.total.max threshold reached");
const ownCapPassed = () => neo(POOL, "The allocation of an extra 2.0 MiB would use more than the limit 256.0 MiB. db.memory.transaction.max threshold reached");

describe("retrying reads that met a concurrent write", () => {
  it("retries outdated reads and deadlocks, never a timeout, a memory cap or a lost server", () => {
    expect(isWriteConflict(neo("Neo.TransientError.Transaction.Outdated"))).toBe(true);
    expect(isWriteConflict(neo("Neo.TransientError.Transaction.DeadlockDetected"))).toBe(true);
    expect(isWriteConflict(neo("Neo.TransientError.Transaction.Terminated"))).toBe(false);
    expect(isWriteConflict(neo("Neo.TransientError.General.MemoryPoolOutOfMemoryError"))).toBe(false);
    expect(isWriteConflict(neo("ServiceUnavailable"))).toBe(false);
  });

  it("gives up after five attempts, and the last conflict is a 503 that says to try again", async () => {
    let attempts = 0;
    const failing = retryOnWriteConflict(async () => {
      attempts++;
      throw neo("Neo.TransientError.Transaction.Outdated");
    });
    const error = await failing.catch((e: unknown) => e);
    expect(attempts).toBe(5);
    const translated = translateNeo4jError(error, { uri: "bolt://x", timeoutMs: 1, source: "get-node" });
    expect(translated.statusCode).toBe(503);
    expect(translated.message).toMatch(/try again/i);
    let second = 0;
    await expect(retryOnWriteConflict(async () => (++second < 2 ? Promise.reject(neo("Neo.TransientError.Transaction.Outdated")) : "ok"))).resolves.toBe("ok");
  });

  it("waits for a full shared transaction memory to free up, then answers 503; a query past its own cap fails at once", async () => {
    expect(isSharedMemoryFull(sharedPoolFull())).toBe(true);
    expect(isSharedMemoryFull(ownCapPassed())).toBe(false);
    let attempts = 0;
    const started = Date.now();
    await expect(retryOnWriteConflict(async () => (++attempts < 4 ? Promise.reject(sharedPoolFull()) : "ok"))).resolves.toBe("ok");
    expect(attempts).toBe(4);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100 + 200 + 400 - 20);
    let always = 0;
    const error = await retryOnWriteConflict(async () => {
      always++;
      throw sharedPoolFull();
    }).catch((e: unknown) => e);
    expect(always).toBe(6);
    const translated = translateNeo4jError(error, { uri: "bolt://x", timeoutMs: 1, source: "list-mentioning-documents" });
    expect(translated.statusCode).toBe(503);
    expect(translated.message).toMatch(/other queries/);
    let once = 0;
    await retryOnWriteConflict(async () => {
      once++;
      throw ownCapPassed();
    }).catch(() => undefined);
    expect(once).toBe(1);
    expect(translateNeo4jError(ownCapPassed(), { uri: "bolt://x", timeoutMs: 1, source: "console" }).statusCode).toBe(400);
  });
});
