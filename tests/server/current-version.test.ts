import { describe, expect, it } from "vitest";
import { readCurrentDataVersion } from "../../web/server/data-version/current-version";
import { toDataVersion } from "../../web/server/data-version/data-version";
import type { Neo4jClient } from "../../web/server/neo4j/client";

const DOCS = [{ id: "doc:a", title: "甲", sha256: "s", extractionSha256: "e" }];

/** A client that answers the two reads from memory and records (or refuses) the write. */
function fakeClient(recorded: boolean, writeFails = false) {
  const writes: unknown[] = [];
  const client = {
    read: (name: string) => Promise.resolve(name === "list-document-versions" ? DOCS : recorded ? [toDataVersion(DOCS)] : []),
    write: (_name: string, params: unknown) => (writeFails ? Promise.reject(new Error("Forbidden")) : Promise.resolve(void writes.push(params))),
  };
  return { client: client as unknown as Neo4jClient, writes };
}

describe("readCurrentDataVersion", () => {
  it("writes a version not yet on record, with its documents", async () => {
    const { client, writes } = fakeClient(false);
    const { record, recordError } = await readCurrentDataVersion(client);
    expect(recordError).toBeUndefined();
    expect(writes).toEqual([{ id: record.id, documents: ["doc:a"], titles: ["甲"], shas: ["s:e"] }]);
  });

  it("writes nothing for a version already on record", async () => {
    const { client, writes } = fakeClient(true);
    expect((await readCurrentDataVersion(client)).record.id).toBe(toDataVersion(DOCS).id);
    expect(writes).toEqual([]);
  });

  it("still answers the version when the write is refused, handing back the error", async () => {
    const { client } = fakeClient(false, true);
    const { record, recordError } = await readCurrentDataVersion(client);
    expect(record.id).toBe(toDataVersion(DOCS).id);
    expect(recordError).toBeInstanceOf(Error);
  });
});
