import { describe, expect, it } from "vitest";
import { bestMatch, fullPinyin, nameForms, normaliseForMatch, pinyinInitials, pinyinVariants, type SearchEntity } from "../../web/server/search/match";
import { NameIndexCache, searchNameIndex, buildNameIndex } from "../../web/server/search/name-index";

const entity = (over: Partial<SearchEntity> & Pick<SearchEntity, "id" | "name">): SearchEntity => ({ label: "Program", aliases: [], ...over });

const qiangji = entity({ id: "program:工业强基工程", name: "工业强基工程", aliases: ["工业强基"], nameEn: "Industrial Foundation Strengthening Project" });
const guihua = entity({ id: "bureau:规划司", label: "Bureau", name: "规划司", nameEn: "Department of Planning" });
const zhizao = entity({ id: "program:中国制造2025", name: "中国制造2025" });

describe("pinyin forms", () => {
  it("computes toneless full pinyin and initials", () => {
    expect(fullPinyin("工业强基")).toBe("gongyeqiangji");
    expect(pinyinInitials("工业强基")).toBe("gyqj");
  });

  it("keeps digits whole and drops punctuation", () => {
    expect(pinyinInitials("中国制造2025")).toBe("zgzz2025");
    expect(fullPinyin("“互联网+”")).toBe("hulianwang");
  });

  it("lists name, aliases, English name, pinyin and initials", () => {
    const kinds = nameForms(qiangji).map((f) => `${f.kind}:${f.key}`);
    expect(kinds).toEqual(
      expect.arrayContaining(["name:工业强基工程", "alias:工业强基", "english:industrialfoundationstrengtheningproject", "pinyin:gongyeqiangji", "initials:gyqj", "initials:gyqjgc"]),
    );
  });
});

describe("bestMatch", () => {
  it("ranks exact above prefix above contains", () => {
    expect(bestMatch(normaliseForMatch("工业强基"), nameForms(qiangji))).toEqual({ rank: 0, kind: "alias", matched: "工业强基" });
    expect(bestMatch(normaliseForMatch("工业"), nameForms(qiangji))?.rank).toBe(1);
    expect(bestMatch(normaliseForMatch("强基"), nameForms(qiangji))?.rank).toBe(2);
  });

  it("matches full pinyin with spaces or apostrophes and initials, reporting the pinyin form", () => {
    expect(bestMatch(normaliseForMatch("gongye qiangji"), nameForms(qiangji))).toEqual({ rank: 0, kind: "pinyin", matched: "gongyeqiangji" });
    expect(bestMatch(normaliseForMatch("GYQJ"), nameForms(qiangji))).toEqual({ rank: 0, kind: "initials", matched: "gyqj" });
  });

  it("matches English names ignoring case and full-width letters", () => {
    expect(bestMatch(normaliseForMatch("ｐｌａｎｎｉｎｇ"), nameForms(guihua))).toMatchObject({ rank: 2, kind: "english" });
  });

  it("does not match initials inside other initials", () => {
    expect(bestMatch("qj", nameForms(qiangji))).toBeUndefined();
  });
});

describe("searchNameIndex", () => {
  it("puts exact matches first", () => {
    const index = buildNameIndex([zhizao, qiangji, guihua, entity({ id: "program:工业强基工程示范", name: "工业强基工程示范" })]);
    expect(searchNameIndex(index, "工业强基工程").map((h) => h.entity.id)).toEqual(["program:工业强基工程", "program:工业强基工程示范"]);
    expect(searchNameIndex(index, "zgzz").map((h) => h.entity.id)).toEqual(["program:中国制造2025"]);
  });
});

describe("NameIndexCache", () => {
  it("reloads when the signature changes or the TTL has passed, not otherwise", async () => {
    let now = 0;
    let loads = 0;
    const cache = new NameIndexCache({ ttlMs: 1000, now: () => now });
    const load = async () => {
      loads += 1;
      return [guihua];
    };
    await cache.get("1/0", load);
    await cache.get("1/0", load);
    expect(loads).toBe(1);
    await cache.get("2/0", load);
    expect(loads).toBe(2);
    now = 5000;
    const index = await cache.get("2/0", load);
    expect(loads).toBe(3);
    expect(index.entities[0]?.entity.id).toBe("bureau:规划司");
  });
});

describe("pinyinVariants", () => {
  it("adds the other readings of polyphonic characters, the contextual reading first", () => {
    const forms = pinyinVariants("苗圩");
    expect(forms[0]).toBe(fullPinyin("苗圩"));
    expect(forms).toContain("miaowei");
    expect(pinyinVariants("工业强基")[0]).toBe("gongyeqiangji");
    expect(pinyinVariants("工业强基").length).toBeLessThanOrEqual(6);
    expect(pinyinVariants("中国制造2025")[0]).toBe("zhongguozhizao2025");
  });

  it("lets a person be found by the reading of their name that the context guess missed", () => {
    const match = bestMatch("miaowei", nameForms({ id: "person:苗圩", label: "Person", name: "苗圩", aliases: [] }));
    expect(match).toMatchObject({ rank: 0, kind: "pinyin" });
  });
});
