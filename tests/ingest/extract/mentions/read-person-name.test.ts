import { describe, expect, it } from "vitest";
import { readNameAfter } from "../../../../ingest/extract/mentions/read-person-name";
import { testGazetteer } from "../../builders";

function nameIn(text: string): string | undefined {
  return readNameAfter(text, 0, testGazetteer());
}

describe("readNameAfter", () => {
  it("ends a name before a function word that never ends one, even before a delimiter", () => {
    expect(nameIn("赵刚将做客访谈节目")).toBe("赵刚");
    expect(nameIn("孙明就“数字经济”答记者问")).toBe("孙明");
    expect(nameIn("钱进及《纲要》起草组成员参加")).toBe("钱进");
  });

  it("keeps a third character that may end a name when a function word follows it", () => {
    expect(nameIn("周国任等出席会议")).toBe("周国任");
    expect(nameIn("张大同出席会议")).toBe("张大同");
  });

  it("ends a name before 先生, 女士 and the verbs of reports and appointments", () => {
    expect(nameIn("吴海峰先生作情况介绍")).toBe("吴海峰");
    expect(nameIn("郑晓燕女士主持")).toBe("郑晓燕");
    expect(nameIn("马立新做了发言")).toBe("马立新");
    expect(nameIn("冯建波正在作报告")).toBe("冯建波");
    expect(nameIn("韩志强接任局长")).toBe("韩志强");
    expect(nameIn("许国庆仍担任部长")).toBe("许国庆");
  });
});
