/** `npm run dev`: the API on PORT (Neo4j started if needed) and Vite's dev server with /api proxied to it. */
import { ensureNeo4j } from "./neo4j/manager";
import { runCommand, withNeo4jEnv } from "./run-command";
import { buildServer } from "../web/server/app";
import { loadServerConfig } from "../web/server/config";

async function main(): Promise<number> {
  const connection = await ensureNeo4j();
  const env = withNeo4jEnv(process.env, connection);
  const config = loadServerConfig(env);
  const server = await buildServer(config);
  await server.listen({ host: config.host, port: config.port });
  console.error(`api: http://${config.host}:${config.port}/api (the app: Vite's URL below)`);
  const code = await runCommand("npx", ["vite"], env);
  await server.close();
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`dev: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
