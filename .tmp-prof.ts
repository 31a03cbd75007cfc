import neo4j from "neo4j-driver";
import { loadQuery, type QueryName } from "./cypher/queries";
import { RELATIONSHIP_TYPES } from "./cypher/model";
import { toDocumentRows } from "./ingest/neo4j/graph-rows";
import { extractPaths } from "./ingest/pipeline";
import { writeScaledCorpus } from "./bench/scale-corpus";
const scaled = await writeScaledCorpus("corpus", { factor: 10 });
const { graphs } = await extractPaths([scaled.dir]);
const driver = neo4j.driver("bolt://127.0.0.1:7687", neo4j.auth.basic("neo4j", "miit-graph-local"), { disableLosslessIntegers: true });
const times = new Map<string, number>();
const MQ: Record<string, QueryName> = { PART_OF: "merge-part-of", OWNS: "merge-owns", HOLDS: "merge-holds", COLLABORATES: "merge-collaborates", MENTIONS: "merge-mentions", CITES: "merge-cites", ISSUED_BY: "merge-issued-by" };
const t0 = performance.now();
for (const g of graphs) {
  const session = driver.session();
  await session.executeWrite(async (tx) => {
    const run = async (name: QueryName, p: Record<string, unknown>) => { const s = performance.now(); const r = await tx.run(loadQuery(name), p); times.set(name, (times.get(name) ?? 0) + performance.now() - s); return r; };
    const rows = toDocumentRows(g);
    await run("find-document-hash", { docId: g.docId });
    await run("merge-entities", { rows: rows.entities });
    await run("find-missing-entities", { ids: rows.endpointIds });
    for (const t of RELATIONSHIP_TYPES) { const r = rows.relationships.get(t); if (r?.length) await run(MQ[t] as QueryName, { rows: r }); }
  });
  await session.close();
}
console.log("total", (performance.now() - t0).toFixed(0), [...times].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", "));
const t1 = performance.now();
for (const g of graphs) {
  const session = driver.session();
  await session.executeWrite(async (tx) => { await tx.run(loadQuery("remove-document-facts"), { docId: g.docId }); await tx.run(loadQuery("remove-document-links"), { docId: g.docId }); await tx.run(loadQuery("delete-document"), { docId: g.docId }); });
  await session.close();
}
console.log("cleanup", (performance.now() - t1).toFixed(0));
await driver.close();
