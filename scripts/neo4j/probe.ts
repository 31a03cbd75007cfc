/** Asks a Bolt endpoint whether it answers, and whether our credentials work. */
import neo4j from "neo4j-driver";
import { createConnection } from "node:net";

export type BoltProbe = "down" | "ok" | "unauthorized" | "password-change-required";

/** True when something accepts TCP connections on the port (Neo4j or not). */
export function isPortOpen(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function probeBolt(uri: string, username: string, password: string): Promise<BoltProbe> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { connectionTimeout: 3000, maxConnectionPoolSize: 1 });
  try {
    await driver.verifyAuthentication();
    const session = driver.session({ database: "system" });
    try {
      await session.run("SHOW CURRENT USER YIELD user RETURN user");
      return "ok";
    } finally {
      await session.close();
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code.includes("CredentialsExpired")) return "password-change-required";
    if (code.includes("Unauthorized") || code.includes("AuthenticationRateLimit")) return "unauthorized";
    return "down";
  } finally {
    await driver.close();
  }
}

/** A fresh store's neo4j/neo4j must be changed before use: sets the project's password. */
export async function setInitialPassword(uri: string, username: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, "neo4j"), { maxConnectionPoolSize: 1 });
  const session = driver.session({ database: "system" });
  try {
    await session.run("ALTER CURRENT USER SET PASSWORD FROM $old TO $new", { old: "neo4j", new: password });
  } finally {
    await session.close();
    await driver.close();
  }
}
