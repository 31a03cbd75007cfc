/**
 * A second local Neo4j beside the user's: its own home (.neo4j/<name>) and port (the main server's
 * port + an offset), started and stopped by the project's own scripts, so that the fault tests
 * (.neo4j/reliability, +100) and the benchmarks (.neo4j/bench, +200; .neo4j/bench-api, +350) never touch the user's database.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { DEFAULT_LOCAL_BOLT_PORT, LOCAL_NEO4J, localBoltUri } from "../../cypher/local-neo4j";
import { NEO4J_ROOT } from "./paths";

export interface CommandResult {
  code: number;
  output: string;
}

/** Runs a command to its end, with its stdout and stderr together. */
export function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class OwnNeo4j {
  readonly root: string;
  readonly port: number;
  readonly uri: string;
  readonly driver: Driver;

  /** `memory`: the server's NEO4J_LOCAL_HEAP_MB / NEO4J_LOCAL_PAGECACHE_MB, when not the small defaults. */
  constructor(name = "reliability", portOffset = 100, private readonly memory: { heapMb?: number; pageCacheMb?: number } = {}) {
    this.root = join(NEO4J_ROOT, name);
    const base = Number(process.env.NEO4J_LOCAL_BOLT_PORT || DEFAULT_LOCAL_BOLT_PORT);
    this.port = base + portOffset;
    this.uri = localBoltUri(this.port);
    this.driver = neo4j.driver(this.uri, neo4j.auth.basic(LOCAL_NEO4J.username, LOCAL_NEO4J.password), { disableLosslessIntegers: true });
  }

  /** The environment that points the project's scripts (neo4j:*, ingest, serve) at this server. */
  env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const memory: NodeJS.ProcessEnv = {};
    if (this.memory.heapMb !== undefined) memory.NEO4J_LOCAL_HEAP_MB = String(this.memory.heapMb);
    if (this.memory.pageCacheMb !== undefined) memory.NEO4J_LOCAL_PAGECACHE_MB = String(this.memory.pageCacheMb);
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_LOCAL_HOME: this.root, NEO4J_LOCAL_BOLT_PORT: String(this.port), ...memory, ...extra };
    delete env.NEO4J_URI;
    delete env.NEO4J_USERNAME;
    delete env.NEO4J_PASSWORD;
    return env;
  }

  settings(): { uri: string; username: string; password: string } {
    return { uri: this.uri, username: LOCAL_NEO4J.username, password: LOCAL_NEO4J.password };
  }

  /** `npm run neo4j:start` for this server; resolves once Bolt takes our credentials. */
  async start(): Promise<void> {
    const result = await runToEnd("npx", ["tsx", "scripts/neo4j/cli.ts", "start"], this.env());
    if (result.code !== 0) throw new Error(`own Neo4j did not start:\n${result.output}`);
  }

  async stop(): Promise<void> {
    await runToEnd("npx", ["tsx", "scripts/neo4j/cli.ts", "stop"], this.env());
  }

  /** kill -9 of the JVM (no shutdown: the store is recovered on the next start). */
  async kill(): Promise<void> {
    const pidFile = join(this.root, "neo4j.pid");
    if (!existsSync(pidFile)) throw new Error("own Neo4j has no pid file");
    const pid = Number(readFileSync(pidFile, "utf8"));
    process.kill(pid, "SIGKILL");
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(pid, 0);
      } catch {
        return;
      }
      await sleep(100);
    }
    throw new Error(`Neo4j pid ${pid} survived SIGKILL`);
  }

  async write(statement: string): Promise<void> {
    await this.driver.executeQuery(statement, {}, { routing: neo4j.routing.WRITE });
  }

  async count(statement: string): Promise<number> {
    const { records } = await this.driver.executeQuery(statement, {}, { routing: neo4j.routing.READ });
    return Number(records[0]?.get(0) ?? 0);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
