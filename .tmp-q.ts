import neo4j from "neo4j-driver";
const driver = neo4j.driver("bolt://127.0.0.1:7687", neo4j.auth.basic("neo4j", "miit-graph-local"), { disableLosslessIntegers: true });
const s = driver.session();
for (const q of ["SHOW CONSTRAINTS YIELD name RETURN collect(name) AS c", "MATCH (n) RETURN count(n) AS n", "MATCH ()-[r]->() RETURN count(r) AS r"]) {
  const t = performance.now(); const r = await s.run(q); console.log(q, JSON.stringify(r.records[0]?.toObject()), (performance.now() - t).toFixed(1), "ms");
}
for (let i = 0; i < 5; i++) { const t = performance.now(); await s.run("MATCH (d:Document {id: $id}) RETURN d.sha256", { id: "doc:x" }); console.log("point", (performance.now() - t).toFixed(1)); }
for (let i = 0; i < 3; i++) { const t = performance.now(); await s.executeWrite((tx) => tx.run("MATCH (d:Document {id: $id}) RETURN d.sha256", { id: "doc:x" })); console.log("tx point", (performance.now() - t).toFixed(1)); }
await s.close(); await driver.close();
