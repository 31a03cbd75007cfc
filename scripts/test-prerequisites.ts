/**
 * What `npm test` needs besides npm packages — Chromium and a CJK font for the end-to-end tests, Java
 * and Maven for the local Neo4j — checked before anything runs; installed with apt-get where this
 * process may (root with apt-get), else a stop at once with the one command that installs them.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface Prerequisite {
  name: string;
  /** The Debian package that provides it. */
  aptPackage: string;
  present: () => boolean;
}

function succeeds(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: "ignore" });
  return result.error === undefined && result.status === 0;
}

function hasCjkFont(): boolean {
  const result = spawnSync("fc-list", [":lang=zh"], { encoding: "utf8" });
  return result.status === 0 && result.stdout.trim().length > 0;
}

/** The prerequisites of a run: Neo4j's only when the tests start the project's own Neo4j (no NEO4J_URI). */
export function prerequisites(env: NodeJS.ProcessEnv): Prerequisite[] {
  const chromium = env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const browser: Prerequisite[] = [
    { name: `Chromium (${chromium})`, aptPackage: "chromium", present: () => existsSync(chromium) },
    { name: "a CJK font (fc-list :lang=zh)", aptPackage: "fonts-noto-cjk", present: hasCjkFont },
  ];
  if (env.NEO4J_URI !== undefined && env.NEO4J_URI !== "") return browser;
  return [
    { name: "Java 17 (java)", aptPackage: "openjdk-17-jre-headless", present: () => succeeds("java", ["-version"]) },
    { name: "Maven (mvn)", aptPackage: "maven", present: () => succeeds("mvn", ["-v"]) },
    ...browser,
  ];
}

/** The command that installs what is missing. */
export function installCommand(missing: Prerequisite[], root: boolean): string {
  const packages = missing.map((p) => p.aptPackage).join(" ");
  return `${root ? "" : "sudo "}apt-get update && ${root ? "" : "sudo "}apt-get install -y ${packages}`;
}

/**
 * Checks every prerequisite; installs the missing ones when root with apt-get, else throws with the
 * list and the one command to run. Returns the names it installed.
 */
export function ensurePrerequisites(env: NodeJS.ProcessEnv = process.env): string[] {
  const missing = prerequisites(env).filter((p) => !p.present());
  if (missing.length === 0) return [];
  const root = process.getuid?.() === 0;
  const canInstall = root && succeeds("apt-get", ["--version"]);
  if (!canInstall) {
    throw new Error(`npm test needs ${missing.map((p) => p.name).join(", ")}. Install with:\n  ${installCommand(missing, root)}\nthen run npm test again.`);
  }
  console.error(`▶ installing what the tests need: ${missing.map((p) => p.aptPackage).join(" ")}`);
  const install = spawnSync("sh", ["-c", `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.map((p) => p.aptPackage).join(" ")}`], { stdio: "inherit" });
  const still = missing.filter((p) => !p.present());
  if (install.status !== 0 || still.length > 0) {
    throw new Error(`Installing ${missing.map((p) => p.aptPackage).join(" ")} failed; run:\n  ${installCommand(still.length > 0 ? still : missing, true)}`);
  }
  return missing.map((p) => p.name);
}
