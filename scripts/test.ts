/**
 * `npm test`: checks (or, as root with apt-get, installs) Chromium, a CJK font, Java and Maven; typecheck, lint, build the app, then every vitest project (unit, integration against
 * the real Neo4j, end-to-end in headless Chromium). Starts the local Neo4j when NEO4J_URI is unset
 * and stops it afterwards if it started it. Extra arguments go to vitest.
 */
import { ensureNeo4j } from "./neo4j/manager";
import { stopProjectNeo4j } from "./neo4j/process";
import { runCommand, withNeo4jEnv } from "./run-command";
import { ensurePrerequisites } from "./test-prerequisites";

async function step(name: string, command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<void> {
  console.error(`\n▶ ${name}`);
  const code = await runCommand(command, args, env);
  if (code !== 0) throw Object.assign(new Error(`${name} failed (exit ${code})`), { exitCode: code });
}

async function main(): Promise<number> {
  const vitestArgs = process.argv.slice(2);
  ensurePrerequisites();
  await step("typecheck", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
  await step("lint", "npx", ["eslint", "."]);
  await step("build the app", "npx", ["vite", "build", "--logLevel", "warn"]);
  const connection = await ensureNeo4j();
  try {
    await step("tests", "npx", ["vitest", "run", ...vitestArgs], withNeo4jEnv(process.env, connection));
    return 0;
  } finally {
    if (connection.startedHere) {
      console.error("neo4j: stopping the server this run started…");
      await stopProjectNeo4j();
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit((error as { exitCode?: number }).exitCode ?? 1);
  },
);
