import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../ingest/extract/extract-document";
import { normaliseText } from "../../../../ingest/text/normalise-text";
import { aNormalisedText, testGazetteer } from "../../builders";

function posts(text: string): string[] {
  const graph = extractDocument(aNormalisedText(text), testGazetteer());
  return graph.relationships.filter((r) => r.type === "HOLDS").map((r) => `${r.start.slice(7)} ${(r.properties as { title: string }).title} @ ${r.end}`);
}

describe("findPosts", () => {
  it("reads a chain of posts before a name, each with its org", () => {
    expect(posts("会议由部党组副书记、副部长、国家国防科技工业局局长陈七主持。")).toEqual([
      "陈七 局长 @ bureau:国家国防科技工业局",
      "陈七 副部长 @ ministry:工业和信息化部",
      "陈七 党组副书记 @ ministry:工业和信息化部",
    ]);
  });

  it("does not give a former post (原…局长) to the person named after it", () => {
    const graph = extractDocument(aNormalisedText("通知\n原科技司司长孙明另有任用。科技司司长赵芳出席。"), testGazetteer());
    expect(posts("原科技司司长孙明另有任用。科技司司长赵芳出席。")).toEqual(["赵芳 司长 @ bureau:科技司"]);
    expect(graph.nodes.some((n) => n.id === "person:孙明")).toBe(true);
  });

  it("reads 兼任, 被任命为 and a biography's 现任 as posts held", () => {
    expect(posts("孙明兼任国家航天局局长。赵芳被任命为工业和信息化部总工程师。")).toEqual([
      "孙明 局长 @ bureau:国家航天局",
      "赵芳 总工程师 @ ministry:工业和信息化部",
    ]);
    expect(posts("钱进，男，汉族，1965年生，现任工业和信息化部科技司司长。")).toEqual(["钱进 司长 @ bureau:科技司"]);
  });

  it("gives an appointee every post joined to the first, in the same org unless another is written", () => {
    expect(posts("任命孙明为国家航天局局长、党组书记。")).toEqual([
      "孙明 局长 @ bureau:国家航天局",
      "孙明 党组书记 @ bureau:国家航天局",
    ]);
  });

  it("names a person on a notice's contact line before a telephone number, without a post", () => {
    const text = "关于开展试点的通知\n联系人：科技司 孙明 010-68200000 商务部外资司 赵芳 13800000000";
    const graph = extractDocument(aNormalisedText(text), testGazetteer());
    expect(graph.nodes.filter((n) => n.labels.includes("Person")).map((n) => n.id)).toEqual(["person:孙明", "person:赵芳"]);
    expect(graph.relationships.filter((r) => r.type === "HOLDS")).toEqual([]);
  });

  it("reads the next appointee of the same 任命 sentence and skips 党组成员 before a post", () => {
    expect(posts("任命孙明为国家航天局局长，赵芳为科技司司长。钱进同志任工业和信息化部党组成员、副部长。")).toEqual([
      "孙明 局长 @ bureau:国家航天局",
      "赵芳 司长 @ bureau:科技司",
      "钱进 副部长 @ ministry:工业和信息化部",
    ]);
  });

  it("does not read a post the person held before (此前任) as held", () => {
    expect(posts("孙明此前任科技司司长。")).toEqual([]);
  });

  it("reads a bank's deputy governor as 副行长 of that bank", () => {
    expect(posts("中国建设银行副行长孙明、科技司司长赵芳共同出席。")).toEqual(["孙明 副行长 @ org:中国建设银行", "赵芳 司长 @ bureau:科技司"]);
  });

  it("gives one title to every name of a 、 list and skips 党组成员, which is not a post", () => {
    expect(posts("工业和信息化部党组成员、副部长杨学山、刘利华出席。")).toEqual([
      "杨学山 副部长 @ ministry:工业和信息化部",
      "刘利华 副部长 @ ministry:工业和信息化部",
    ]);
  });

  it("reads a byline and a name written before its title", () => {
    expect(posts("信息通信发展司：加快宽带建设\n工业和信息化部信息通信发展司司长 闻库\n马凯副总理出席。")).toEqual([
      "闻库 司长 @ bureau:信息通信发展司",
      "马凯 副总理 @ ministry:国务院",
    ]);
  });

  it("reads an appointment in a traditional-character news item after normalisation", () => {
    const source = { file: "t.txt", docId: "doc:t", sha256: "x", encoding: "utf-8", text: "工業和信息化部人事任免\n國務院任命張峰為工業和信息化部總工程師。" };
    const graph = extractDocument(normaliseText(source), testGazetteer());
    const holds = graph.relationships.filter((r) => r.type === "HOLDS");
    expect(holds.map((r) => [r.start, r.end, (r.properties as { title: string }).title])).toEqual([["person:张峰", "ministry:工业和信息化部", "总工程师"]]);
  });

  it("reads appointments of several people and a self-reported appointment", () => {
    expect(posts("人事任免\n国务院任命赵一鸣、钱二为工业和信息化部副部长。周五任工业和信息化部规划司司长。")).toEqual([
      "赵一鸣 副部长 @ ministry:工业和信息化部",
      "钱二 副部长 @ ministry:工业和信息化部",
      "周五 司长 @ bureau:规划司",
    ]);
  });

  it("names people who are removed or are contacts, without giving them a post", () => {
    const graph = extractDocument(aNormalisedText("人事任免\n免去李四的工业和信息化部副部长职务。王五不再担任规划司司长。\n联系人：王磊"), testGazetteer());
    expect(graph.nodes.filter((n) => n.labels[0] === "Person").map((n) => n.id)).toEqual(["person:李四", "person:王五", "person:王磊"]);
    expect(graph.relationships.filter((r) => r.type === "HOLDS")).toEqual([]);
  });

  it("makes the speaker in an interview's title a person, without a post", () => {
    const graph = extractDocument(aNormalisedText("李明：做好规划工作\n规划司开展工作。"), testGazetteer());
    expect(graph.nodes.map((n) => n.id)).toContain("person:李明");
    expect(graph.relationships.filter((r) => r.type === "HOLDS")).toEqual([]);
  });

  it("does not take a word after a title for a name", () => {
    expect(posts("各司局长参加会议，司长负责落实。")).toEqual([]);
  });

  it("ends a name at a verb of speaking or publishing written straight after it", () => {
    expect(posts("工业和信息化部科技司副司长孙明接受采访。工业和信息化部规划司司长赵小芳发布了报告。")).toEqual([
      "孙明 副司长 @ bureau:科技司",
      "赵小芳 司长 @ bureau:规划司",
    ]);
  });

  it("gives a provincial head's post to the province's people's government", () => {
    expect(posts("湖南省副省长王五致辞。")).toEqual(["王五 副省长 @ org:湖南省人民政府"]);
  });

  it("reads a deputy post in a company or association", () => {
    expect(posts("中国某某行业协会副会长王五出席。据悉，赵六目前同时担任中国某某集团公司副总经理。")).toEqual([
      "王五 副会长 @ org:中国某某行业协会",
      "赵六 副总经理 @ org:中国某某集团公司",
    ]);
  });

  it("does not give a headline's first post to the name opening the next clause", () => {
    expect(posts("孙明任工业和信息化部副部长 赵芳任国家航天局局长")).toEqual([
      "孙明 副部长 @ ministry:工业和信息化部",
      "赵芳 局长 @ bureau:国家航天局",
    ]);
  });

  it("reads a post followed by a party-group membership before the name", () => {
    expect(posts("中央纪委国家监委驻部纪检监察组组长、党组成员孙明出席。")).toEqual(["孙明 纪检监察组组长 @ ministry:工业和信息化部"]);
  });

  it("reads a spokesperson as the ministry's, also when chained after a bureau post", () => {
    expect(posts("出席发布会的有工业和信息化部总工程师、新闻发言人孙明先生，科技司司长、新闻发言人赵芳女士。")).toEqual([
      "孙明 新闻发言人 @ ministry:工业和信息化部",
      "孙明 总工程师 @ ministry:工业和信息化部",
      "赵芳 新闻发言人 @ ministry:工业和信息化部",
      "赵芳 司长 @ bureau:科技司",
    ]);
  });

  it("finds the holder of a party post even where the org is not known", () => {
    const graph = extractDocument(aNormalisedText("某某协会党委书记钱进会见来访客人。"), testGazetteer());
    expect(graph.nodes.some((n) => n.id === "person:钱进")).toBe(true);
  });

  it("gives no implied post when another, unrecognised org is written before the title", () => {
    expect(posts("会上，文化和体育部党组副书记、副部长孙明作了发言。")).toEqual([]);
    expect(posts("会议由部党组副书记、副部长孙明主持。")).toEqual([
      "孙明 副部长 @ ministry:工业和信息化部",
      "孙明 党组副书记 @ ministry:工业和信息化部",
    ]);
  });

  it("holds a spokesperson's post in the other ministry whose official he is", () => {
    expect(posts("国家发展改革委新闻局副局长、新闻发言人孙明主持发布会。")).toEqual([]);
    expect(posts("财政部副部长、新闻发言人孙明主持发布会。")).toEqual([
      "孙明 新闻发言人 @ ministry:财政部",
      "孙明 副部长 @ ministry:财政部",
    ]);
  });

  it("gives a deputy the department of the head named before him in the sentence", () => {
    expect(posts("科技司司长孙明一行到协会调研，协会会长会见孙明、副司长赵芳等一行5人。")).toEqual([
      "孙明 司长 @ bureau:科技司",
      "赵芳 副司长 @ bureau:科技司",
    ]);
  });

  it("reads a deputy's or member's post only in the body written before it", () => {
    expect(posts("此前，全国人大代表孙明等提出建议。全国政协委员赵芳有个问题要问。")).toEqual([
      "孙明 代表 @ org:全国人大",
      "赵芳 委员 @ org:全国政协",
    ]);
    expect(posts("会议代表孙明发言。")).toEqual([]);
  });

  it("gives the post after a verb of taking it to the name after 的, but not a former one", () => {
    expect(posts("接任工业和信息化部党组书记的孙明现年58岁。")).toEqual(["孙明 党组书记 @ ministry:工业和信息化部"]);
    const graph = extractDocument(aNormalisedText("曾任国家航天局局长的赵芳（原某集团董事长）也已退休。"), testGazetteer());
    expect(graph.relationships.filter((r) => r.type === "HOLDS")).toEqual([]);
    expect(graph.nodes.some((n) => n.id === "person:赵芳")).toBe(true);
  });

  it("joins posts with 兼任 and reads a ministry written with a country prefix", () => {
    expect(posts("孙明担任工业和信息化部党组书记兼任工业和信息化部副部长。")).toEqual([
      "孙明 党组书记 @ ministry:工业和信息化部",
      "孙明 副部长 @ ministry:工业和信息化部",
    ]);
    expect(posts("赵芳还担任中国国家发改委党组副书记、副主任职务。")).toEqual([
      "赵芳 党组副书记 @ ministry:国家发展改革委",
      "赵芳 副主任 @ ministry:国家发展改革委",
    ]);
  });

  it("keeps the post before an unrecognised org in a chain", () => {
    expect(posts("江西省工信厅副厅长、节能协调中心主任孙明出席会议。")).toEqual(["孙明 副厅长 @ org:江西省工业和信息化厅"]);
    expect(posts("江西省工信厅副厅长、江西省节能监察中心主任孙明出席会议。")).toEqual(["孙明 主任 @ org:江西省节能监察中心", "孙明 副厅长 @ org:江西省工业和信息化厅"]);
  });

  it("reads the acting and executive heads of a region and the ranks of a department", () => {
    expect(posts("辽宁省常务副省长孙明出席。")).toEqual(["孙明 常务副省长 @ org:辽宁省人民政府"]);
    expect(posts("科技司一级巡视员赵芳出席。")).toEqual(["赵芳 一级巡视员 @ bureau:科技司"]);
  });

  it("gives a department's rank chained after its head the same department", () => {
    expect(posts("科技司司长、一级巡视员孙明出席。")).toEqual(["孙明 一级巡视员 @ bureau:科技司", "孙明 司长 @ bureau:科技司"]);
  });

  it("reads a bare kind word before a title as the org of that kind named last", () => {
    expect(posts("召开智能制造工作领导小组第二次会议，领导小组组长孙明出席。")).toEqual(["孙明 组长 @ org:智能制造工作领导小组"]);
  });

  it("reads a post still held (仍/继续担任) and none for one to be taken (将担任)", () => {
    expect(posts("孙建国仍担任工业和信息化部部长。赵芳继续担任国家航天局局长。")).toEqual([
      "孙建国 部长 @ ministry:工业和信息化部",
      "赵芳 局长 @ bureau:国家航天局",
    ]);
    const graph = extractDocument(aNormalisedText("据悉，孙建国将担任国家航天局局长。"), testGazetteer());
    expect(graph.relationships.filter((r) => r.type === "HOLDS")).toEqual([]);
    expect(graph.nodes.some((n) => n.id === "person:孙建国")).toBe(true);
  });

  it("holds a party post in the regional committee written before it", () => {
    expect(posts("现任浙江省委副书记、某某市委书记孙明将调任。")).toEqual([
      "孙明 书记 @ org:中共某某市委",
      "孙明 副书记 @ org:中共浙江省委",
    ]);
    expect(posts("中共江苏省委常委赵芳出席。")).toEqual(["赵芳 常委 @ org:中共江苏省委"]);
    expect(posts("市纪委书记孙明出席。")).toEqual([]);
  });

  it("reads a Central Committee membership and a ministry's 发言人", () => {
    expect(posts("中央委员、浙江省委书记孙明出席。")).toEqual(["孙明 书记 @ org:中共浙江省委", "孙明 中央委员 @ org:中共中央"]);
    expect(posts("工业和信息化部发言人赵芳表示。")).toEqual(["赵芳 发言人 @ ministry:工业和信息化部"]);
  });
});
