import { describe, expect, it } from "vitest";
import { findNewsSources } from "../../../../ingest/extract/mentions/find-news-sources";
import { testGazetteer } from "../../builders";

function sources(text: string): string[] {
  return findNewsSources(text, testGazetteer()).map((m) => m.entity.name);
}

describe("findNewsSources", () => {
  it("finds the outlet of a dateline ending in 讯 at the start of a line", () => {
    expect(sources("某某财经网讯 3月5日，会议召开。\n某某日报3月6日讯 据悉，…")).toEqual(["某某财经网", "某某日报"]);
  });

  it("finds a news agency's wire dateline but not 电 ending an ordinary word", () => {
    expect(sources("某某社上海5月2日电 (记者 张三)会议召开。\n一是全面提升无线电管理水平。")).toEqual(["某某社"]);
  });

  it("finds an outlet before 记者 in a byline and a quoted source after 图片来源", () => {
    expect(sources("某某观察网 记者 李四\n图片来源:“某某微报”公众号")).toEqual(["某某微报", "某某观察网"]);
  });

  it("names a known outlet by its canonical name", () => {
    expect(sources("中新社北京1月3日电 会议召开。")).toEqual(["中国新闻社"]);
  });
});
