/** `npm run serve`: loads the configuration, builds the server, listens and prints the URL. */
import { buildServer } from "./app";
import { loadServerConfig, ServerConfigError } from "./config";
import { reviewAccessLine } from "./reviews/review-access";

async function main(): Promise<void> {
  const config = loadServerConfig(process.env);
  const server = await buildServer(config, { logger: false });
  const close = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
  const url = await server.listen({ host: config.host, port: config.port });
  console.log(`miit-graph: ${url}/ (API under ${url}/api, Neo4j at ${config.neo4j.uri})`);
  console.log(reviewAccessLine(config, url));
}

main().catch((error: unknown) => {
  if (error instanceof ServerConfigError) console.error(error.message);
  else if (error instanceof Error && "code" in error && error.code === "EADDRINUSE") {
    console.error(`Port in use: ${error.message}. Set PORT to a free port (e.g. PORT=3001 npm run serve).`);
  } else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
