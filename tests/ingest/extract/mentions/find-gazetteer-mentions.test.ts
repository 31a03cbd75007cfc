import { describe, expect, it } from "vitest";
import { findMentions } from "../../../../ingest/extract/mentions/find-mentions";
import { testGazetteer } from "../../builders";

function ministries(text: string): string[] {
  return findMentions(text, testGazetteer()).filter((m) => m.entity.label === "Ministry").map((m) => m.entity.name);
}

describe("findGazetteerMentions (the ministry list)", () => {
  it("knows bodies from before the 2008 reform and their short forms", () => {
    expect(ministries("他早年在原电子部工作，后任信产部某司副司长，又调入国防科工委。")).toEqual(["电子工业部", "信息产业部", "国防科工委"]);
  });

  it("reads the State Council Information Office as one body, not as the State Council", () => {
    expect(ministries("国务院新闻办公室今天举行发布会。国新办网站同步直播。")).toEqual(["国务院新闻办公室", "国务院新闻办公室"]);
  });

  it("keeps a merged body apart from its predecessor and knows common short forms", () => {
    expect(ministries("文旅部会同安监总局、国标委和国家林草局召开会议，农业农村部参加。")).toEqual(["文化和旅游部", "国家安全监管总局", "国家标准委", "国家林业和草原局", "农业农村部"]);
  });
});

describe("findGazetteerMentions (local bodies)", () => {
  it("does not read a ministry's short name after a level word as the national body", () => {
    expect(ministries("他曾任某某市市长、省发改委主任，后调任国家发改委。")).toEqual(["国家发展改革委"]);
  });

  it("reads the home ministry's name in its Hong Kong and Taiwan spelling", () => {
    expect(ministries("任命某某为工业和讯息化部副部长。")).toEqual(["工业和信息化部"]);
  });
});
