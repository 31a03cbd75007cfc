/** Runs a project command with inherited output and resolves with its exit code. */
import { spawn } from "node:child_process";

export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** The environment with the Neo4j connection a script settled on, for child processes and in-process modules. */
export function withNeo4jEnv(env: NodeJS.ProcessEnv, connection: { uri: string; username: string; password: string }): NodeJS.ProcessEnv {
  return { ...env, NEO4J_URI: connection.uri, NEO4J_USERNAME: connection.username, NEO4J_PASSWORD: connection.password };
}
