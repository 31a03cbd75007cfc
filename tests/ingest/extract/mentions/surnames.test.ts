import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../ingest/extract/extract-document";
import { loadGazetteer } from "../../../../ingest/gazetteer/load-gazetteer";
import { aNormalisedText } from "../../builders";

const gazetteer = loadGazetteer([]);

describe("people whose surname is less common", () => {
  it("are read after their post (阎, 庞, 牛, 鲍)", () => {
    for (const name of ["阎小明", "庞大海", "牛建国", "鲍立新"]) {
      const graph = extractDocument(aNormalisedText(`工业和信息化部副部长${name}主持会议。`), gazetteer);
      expect(graph.nodes.some((n) => n.id === `person:${name}`)).toBe(true);
    }
  });
});
