import { describe, expect, it } from "vitest";
import { escapeLucene, toFulltextQuery } from "../../web/server/search/lucene";

describe("escapeLucene", () => {
  it("escapes every Lucene special character", () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it("leaves Chinese and plain words alone", () => {
    expect(escapeLucene("工业强基 AND 两化融合")).toBe("工业强基 AND 两化融合");
  });
});

describe("toFulltextQuery", () => {
  it("searches Chinese as one phrase", () => {
    expect(toFulltextQuery(" 规划司 ")).toBe('"规划司"');
  });

  it("adds lower-cased prefix terms for Latin words so AND/OR/NOT are not operators", () => {
    expect(toFulltextQuery("Planning AND")).toBe('"Planning AND" OR (planning* AND and*)');
  });

  it("keeps quotes and brackets from breaking out of the phrase", () => {
    expect(toFulltextQuery('互联网+" OR *:*')).toBe('"互联网\\+\\" OR \\*\\:\\*" OR (or*)');
  });
});
