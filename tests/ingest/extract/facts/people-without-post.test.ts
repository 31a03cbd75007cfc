import { describe, expect, it } from "vitest";
import { peopleWithoutPost } from "../../../../ingest/extract/facts/people-without-post";
import { testGazetteer } from "../../builders";

function people(text: string): string[] {
  return peopleWithoutPost(text, testGazetteer()).map((m) => m.surface);
}

describe("peopleWithoutPost", () => {
  it("reads the names of bylines and media credits", () => {
    expect(people("某某网 记者 孙晓明 本网5日从有关方面获悉")).toEqual(["孙晓明"]);
    expect(people("某某社北京3月2日电(记者 赵芳)某部今日发布")).toEqual(["赵芳"]);
    expect(people("(策划:钱进 周丽  编导:吴海  摄像:郑国强)")).toEqual(["钱进", "周丽", "吴海", "郑国强"]);
    expect(people("责编·作者:冯雪 陈涛")).toEqual(["冯雪", "陈涛"]);
    expect(people("某某台主播上官婉清将带着问题走进会场")).toEqual(["上官婉清"]);
  });

  it("reads a photo credit, an addressee line and a person introduced by age", () => {
    expect(people("图为会议现场。(韩梅 摄)")).toEqual(["韩梅"]);
    expect(people("王小川代表：\n您提出的建议收悉。")).toEqual(["王小川"]);
    expect(people("他将接替62岁的杨建华出任协会会长。")).toEqual(["杨建华"]);
  });

  it("takes no name from a reporter's verb, a form of address or a region", () => {
    expect(people("记者从工信部获悉，接受记者采访时表示，答记者问。")).toEqual([]);
    expect(people("主持人：王总，您好。记者：李司长，请介绍一下。")).toEqual([]);
    expect(people("主持人：谢谢。\n记者：关于5G发展，请问…")).toEqual([]);
    expect(people("江苏代表：\n发言。")).toEqual([]);
    expect(people("一名18岁的高中生在家中接到诈骗电话。")).toEqual([]);
    expect(people("审议活动策划方案，由作者方面提出。")).toEqual([]);
  });

  it("reads the leader of a set phrase, the person who takes or leaves a post, and a 、 list after a cue", () => {
    expect(people("团结在以王建国同志为核心的党中央周围")).toEqual(["王建国"]);
    expect(people("国家航天局局长由钱立新出任。会议由周建明主持。由江苏省主持。")).toEqual(["钱立新", "周建明"]);
    expect(people("孙明卸任某协会会长。")).toEqual(["孙明"]);
    expect(people("老领导孙明、赵建华、钱立新出席座谈会。")).toEqual(["孙明", "赵建华", "钱立新"]);
  });
});
