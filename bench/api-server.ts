/**
 * The API under test: the product's own server (`npm run serve`, web/server/main.ts) as a child process, so
 * that its event loop is its own and not the load driver's, pointed at the bench's Neo4j.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export interface RunningApi {
  url: URL;
  stop(): Promise<void>;
}

const ROOT = join(import.meta.dirname, "..");
const URL_LINE = /miit-graph: (http:\/\/\S+?)\/ /;

/** Starts the server with `env` on top of this process's; resolves once it prints where it listens. */
export function startApi(env: NodeJS.ProcessEnv): Promise<RunningApi> {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "web/server/main.ts")], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error(`the API did not start in 60 s:\n${output}`)), 60_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGTERM");
      reject(error);
    };
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
      const match = URL_LINE.exec(output);
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      resolve({ url: new URL(match[1]), stop: () => stopChild(child) });
    });
    child.on("exit", (code) => fail(new Error(`the API exited (${code ?? "signal"}) before listening:\n${output}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
