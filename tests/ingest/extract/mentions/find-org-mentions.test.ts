import { describe, expect, it } from "vitest";
import { findMentions } from "../../../../ingest/extract/mentions/find-mentions";
import { testGazetteer } from "../../builders";

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

  it("reads a province or city before its head's title as its people's government", () => {
    expect(orgs("湖南省副省长王五出席。天津市市长赵六致辞。")).toEqual(["湖南省人民政府", "天津市人民政府"]);
  });

  it("finds the source of a news item after 来源 or between 据 and 消息/报道", () => {
    expect(orgs("2020年1月2日 来源:某某日报\n据某某观察网报道，据了解，据有关部门消息，会议召开。")).toEqual(["某某日报", "某某观察网"]);
  });

  it("does not read a known body followed by a verb as the start of a discovered name", () => {
    expect(orgs("与财政部建立工作协调机制。")).toEqual([]);
  });

  it("finds a national innovation centre by its word, but not a category named by levels", () => {
    expect(orgs("依托国家虚拟现实创新中心，支持建设国家和省级工业设计创新中心。")).toEqual(["国家虚拟现实创新中心"]);
  });

  it("reads a department of a national bureau as an organisation", () => {
    expect(orgs("此前任国家烟草专卖局财务管理司司长。")).toEqual(["国家烟草专卖局财务管理司"]);
  });

  it("reads another ministry's general office as that ministry, not as the home ministry's office", () => {
    const mentions = findMentions("工业和信息化部办公厅 财政部办公厅关于开展某某试点的通知", testGazetteer());
    expect(mentions.filter((m) => m.entity.label !== "Document").map((m) => `${m.surface}:${m.entity.label}:${m.entity.name}`)).toEqual([
      "工业和信息化部办公厅:Bureau:办公厅",
      "财政部办公厅:Ministry:财政部",
    ]);
  });

  it("knows the standard departments of a provincial government", () => {
    expect(orgs("山西省市场监管局、湖南省生态环境厅和福建省人社厅联合发文。")).toEqual(["山西省市场监督管理局", "湖南省生态环境厅", "福建省人力资源和社会保障厅"]);
  });

  it("reads a bare body in an autonomous region's own document as that region's", () => {
    expect(orgs("宁夏无线电管理工作会议在银川召开，宁夏各市参加。自治区工业和信息化厅副厅长某某出席。")).toEqual(["宁夏回族自治区工业和信息化厅"]);
  });

  it("does not give bare bodies a home when several provinces are named about as often", () => {
    expect(orgs("山东、山东、河南、河南的企业参加。省财政厅介绍情况。")).toEqual([]);
  });

  it("finds party committees of provinces with or without 中共, and of cities opened by 中共", () => {
    expect(orgs("他曾任中共某某市委书记，后任吉林省委常委，委托湖南省委托管。")).toEqual(["中共某某市委", "中共吉林省委"]);
  });

  it("counts provinces listed as a clause's subject, not a list of places after 在", () => {
    expect(orgs("会上，山西、吉林、湖南等三省作交流发言。在浙江、福建等地开展试点。")).toEqual(["山西省", "吉林省", "湖南省"]);
  });

  it("reads a bare provincial body as the province named just before it on its line", () => {
    expect(orgs("吉林省副省长某某出席。\n他曾任吉林省某市市长。\n他曾任湖南省某市市长、省发改委主任。")).toContain("湖南省发展和改革委员会");
  });

  it("starts a company or association at its proper prefix when a verb or a name stands before it", () => {
    expect(orgs("2015年3月,王某某转任中国某某重工集团公司董事长。陈某赴中国某某工业协会调研。")).toEqual(["中国某某重工集团公司", "中国某某工业协会"]);
  });

  it("starts an org after a bracket it does not close, and keeps a bracket it does", () => {
    expect(orgs("曾任某某局(中国某某科技集团第九研究院)局长,后任浙江某某(集团)总公司总裁。")).toEqual(["中国某某科技集团第九研究院", "浙江某某(集团)总公司"]);
  });

  it("does not read a student as a university", () => {
    expect(orgs("骗走了湖南某某大学生的学费。")).toEqual([]);
  });

  it("finds the office of a commission or of a leading group", () => {
    expect(orgs("他任中央某某发展委员会办公室副主任,兼某某产业发展领导小组办公室主任。")).toEqual(["中央某某发展委员会办公室", "某某产业发展领导小组办公室"]);
  });

  it("reads long company names in a list as names without a proper prefix, but not kinds of companies", () => {
    expect(orgs("浙江省经信委、某某精密机械公司、某某云网科技发展公司等3家单位发言。支持骨干企业集团、大型公司等发展。")).toEqual([
      "浙江省经济和信息化委员会",
      "某某精密机械公司",
      "某某云网科技发展公司",
    ]);
  });

  it("reads another ministry's general office with a post after it as a department", () => {
    expect(orgs("他曾任商务部办公厅主任。")).toEqual(["商务部办公厅"]);
  });

  it("reads the office of a provincial body as a body of its own", () => {
    expect(orgs("青海省无线电管理委员会办公室主任出席。")).toEqual(["青海省无线电管理委员会办公室"]);
  });

  it("counts provinces listed as a clause's subject before 分别", () => {
    expect(orgs("会上，甘肃、青海分别介绍了经验。")).toEqual(["甘肃省", "青海省"]);
  });

  it("does not give a home province to 各省… bodies", () => {
    expect(orgs("山西工业工作会议在太原召开，山西各市参加。请各省财政厅配合，省财政厅牵头。")).toEqual(["山西省财政厅"]);
  });

  it("finds a city committee without 中共 before a party post, after its province or a break", () => {
    expect(orgs("张某(原江西赣州市委书记)、李某,现任某某市委副书记。")).toEqual(["中共赣州市委", "中共某某市委"]);
  });

  it("does not read a city committee out of running text without a post after it", () => {
    expect(orgs("按照推进城市委托管理的要求。")).toEqual([]);
  });

  it("reads a school of a career history as a name without a proper prefix", () => {
    expect(orgs("1985年9月进入某某大学学习,某某工学院毕业后参加工作。建设一流大学。")).toEqual(["某某大学", "某某工学院"]);
  });

  it("finds supervision and monitoring centres with a proper prefix", () => {
    expect(orgs("湖南省工信厅副厅长、湖南省节能监察中心主任刘某某出席。")).toEqual(["湖南省工业和信息化厅", "湖南省节能监察中心"]);
  });
});
