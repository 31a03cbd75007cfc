/**
 * The web bench's stub server: the built app at /, the bare sigma page at /bare/, and the one graph both fetch
 * at /api/graph (no Neo4j, and no overview budget: the whole graph, as "show more" would bring it).
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";

const MIME: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };

export interface BenchServer {
  server: Server;
  url: string;
}

/** A file of `root` for a path under it, else its index.html (the app routes in the page). */
function fileUnder(root: string, path: string): string {
  const file = normalize(join(root, path === "/" || path === "" ? "index.html" : path));
  return file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : join(root, "index.html");
}

/** Serves `appDist` at / and `bareDist` at /bare/ on a free port of 127.0.0.1, with `graphJson` as the API's graph. */
export function serveBench(appDist: string, bareDist: string, graphJson: string): Promise<BenchServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    const json = (status: number, body: string) => res.writeHead(status, { "content-type": "application/json" }).end(body);
    if (path === "/api/health") return json(200, JSON.stringify({ ok: true, neo4j: { reachable: true, version: "bench" } }));
    if (path === "/api/graph") return json(200, graphJson);
    if (path.startsWith("/api/")) return json(404, JSON.stringify({ error: { code: "not_found", message: "bench stub" } }));
    const target = path.startsWith("/bare/") ? fileUnder(bareDist, path.slice("/bare".length)) : fileUnder(appDist, path);
    res.writeHead(200, { "content-type": MIME[extname(target)] ?? "application/octet-stream" });
    createReadStream(target).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      ok({ server, url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` });
    }),
  );
}
