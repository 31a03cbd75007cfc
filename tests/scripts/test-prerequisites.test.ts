import { describe, expect, it } from "vitest";
import { installCommand, prerequisites } from "../../scripts/test-prerequisites";

describe("what npm test needs", () => {
  it("is Java and Maven only when it starts the project's Neo4j, and always a browser and a CJK font", () => {
    expect(prerequisites({}).map((p) => p.aptPackage)).toEqual(["openjdk-17-jre-headless", "maven", "chromium", "fonts-noto-cjk"]);
    expect(prerequisites({ NEO4J_URI: "bolt://db:7687" }).map((p) => p.aptPackage)).toEqual(["chromium", "fonts-noto-cjk"]);
    const missingBrowser = prerequisites({ CHROMIUM_PATH: "/no/such/chromium", NEO4J_URI: "bolt://db:7687" })[0];
    expect(missingBrowser?.present()).toBe(false);
  });

  it("names the one command that installs what is missing", () => {
    const missing = prerequisites({ NEO4J_URI: "bolt://db:7687" });
    expect(installCommand(missing, false)).toBe("sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk");
    expect(installCommand(missing, true)).toBe("apt-get update && apt-get install -y chromium fonts-noto-cjk");
  });
});
