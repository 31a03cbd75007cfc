import { describe, expect, it } from "vitest";
import { findDocumentMentions } from "../../../ingest/stages/find-document-mentions";
import { testGazetteer } from "../builders";

function titles(text: string): string[] {
  return findDocumentMentions(text, testGazetteer()).map((m) => m.entity.name);
}

describe("findDocumentMentions", () => {
  it("finds a document named after an issuing verb, without 《》", () => {
    expect(titles("推动出台了化解产能严重过剩矛盾的指导意见，严禁新增产能。")).toEqual(["化解产能严重过剩矛盾的指导意见"]);
  });

  it("continues through a 、 list and drops a leading 年度", () => {
    expect(titles("发布年度军用技术转民用推广目录、军民两用技术与产品信息共享目录。")).toEqual(["军用技术转民用推广目录", "军民两用技术与产品信息共享目录"]);
  });

  it("skips generic objects", () => {
    expect(titles("结合实际制定具体实施方案，根据国家产业政策和有关规定办理。")).toEqual([]);
  });
});
