import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/stages/find-mentions";
import { testGazetteer } from "../builders";

function orgs(text: string): string[] {
  return findMentions(text, testGazetteer()).filter((m) => m.entity.label === "Organization").map((m) => m.entity.name);
}

describe("findOrgMentions", () => {
  it("spells out a provincial body's abbreviation in its name", () => {
    expect(orgs("江西省经信委、重庆市通管局作交流发言。")).toEqual(["江西省经济和信息化委员会", "重庆市通信管理局"]);
  });

  it("reads a department of another ministry as an organisation, but not a post's title", () => {
    expect(orgs("请报送商务部外资司。科技部高新司司长出席。")).toEqual(["商务部外资司", "科技部高新司"]);
  });

  it("finds a national service centre by its word but not a category of centres named by level", () => {
    expect(orgs("联合中国软件产业促进中心开展活动，建设一批国家级技术服务中心。")).toEqual(["中国软件产业促进中心"]);
  });

  it("finds a governance body by its word and keeps generic phrases out", () => {
    expect(orgs("发挥国家集成电路产业发展领导小组的作用，支持产业联盟和企业集团发展，指导行业协会。")).toEqual(["国家集成电路产业发展领导小组"]);
  });
});
