/** `npm run neo4j:install|start|stop|status`: the project's local Neo4j, without Docker. */
import { installNeo4j } from "./install";
import { startLocalNeo4j } from "./manager";
import { isPortOpen } from "./probe";
import { projectNeo4jPids, stopProjectNeo4j } from "./process";
import { localNeo4jSettings } from "./settings";

async function main(command: string | undefined): Promise<void> {
  switch (command) {
    case "install":
      installNeo4j();
      return;
    case "start": {
      const connection = await startLocalNeo4j();
      console.log(`Neo4j is up: ${connection.uri} (user ${connection.username}; password from NEO4J_PASSWORD or .env.example)`);
      return;
    }
    case "stop": {
      const stopped = await stopProjectNeo4j();
      console.log(stopped.length > 0 ? `Neo4j stopped (pid ${stopped.join(", ")}).` : "No Neo4j of this project was running.");
      return;
    }
    case "status": {
      const pids = projectNeo4jPids();
      const open = await isPortOpen(localNeo4jSettings().boltPort);
      console.log(pids.length > 0 ? `running (pid ${pids.join(", ")}), Bolt ${open ? "answering" : "not answering yet"}` : "not running");
      return;
    }
    default:
      throw new Error(`Unknown command "${command ?? ""}": use install, start, stop or status.`);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(`neo4j: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
