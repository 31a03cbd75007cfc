/**
 * End-to-end: a fact's sentences from every document that states it, "cite" copying a citation (title, issuer,
 * date, document number, the sentence, its offsets), and a node's facts exported as CSV with their citations.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { e2eSuite, searchAndChoose } from "./support/suite";

const MIIT = "ministry:工业和信息化部";
const suite = e2eSuite();

describe("citations", () => {
  it("lists a fact's sentences from both documents, cites one with its document's details, exports the facts as CSV", async () => {
    const page = await suite.open();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: suite.server.url });
    await searchAndChoose(page, "工业和信息化部", MIIT);
    const cell = page.locator('[data-testid="grid-cell-工业转型升级-2011"]');
    await cell.waitFor({ timeout: 15_000 });
    await cell.click();
    const sources = await page.locator('[data-testid="evidence-item"] .evidence-doc [data-node-id]').evaluateAll((links) => [...new Set(links.map((l) => l.getAttribute("data-node-id")))]);
    expect(sources).toEqual(expect.arrayContaining(["doc:002_9123364ac4e0e0cc", "doc:004_467381db5482a458"]));

    const cite = page.locator('[data-testid="evidence-item"]', { has: page.locator('[data-node-id="doc:002_9123364ac4e0e0cc"]') }).getByTestId("cite").first();
    const citation = (await cite.getAttribute("data-citation")) ?? "";
    expect(citation).toMatch(/^《转发国务院关于印发工业转型升级规划\(2011—2015年\)的通知》，广东省人民政府，2012-03-08，粤府〔2012〕22号：“.+”（第\d+–\d+字）$/);
    await cite.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    await screenshot(page, "citation-copied");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-facts-csv").click()]);
    const csv = readFileSync((await download.path()) ?? "", "utf8");
    expect(csv.split("\r\n")[0]).toContain("fact,from,to,year,title,sentence,document,issuer,date,docNumber,start,end");
    expect(csv).toContain("粤府〔2012〕22号");
    expect(csv.split("\r\n").filter((l) => l.startsWith("OWNS,工业和信息化部,工业转型升级,2011,")).length).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });
});
