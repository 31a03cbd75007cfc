/** End-to-end: the document-genre filter hides a genre's documents, writes hideKinds into the URL and is restored from it. */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDocumentKind, type DocumentKind } from "../../cypher/model";
import type { ApiGraph } from "../../web/shared/api-types";
import { hook, launchChromium, openPage, screenshot, waitForGraph } from "./support/browser";
import { ensureCorpusIngested, startServer, type RunningServer } from "./support/server";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  await ensureCorpusIngested();
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The ids of the overview's documents by genre, as the API serves them to the page. */
async function documentsByKind(): Promise<Map<DocumentKind, string[]>> {
  const response = await fetch(`${server.url}/api/graph`);
  expect(response.ok).toBe(true);
  const graph = (await response.json()) as ApiGraph;
  const byKind = new Map<DocumentKind, string[]>();
  for (const node of graph.nodes) {
    const kind = node.attributes.properties.kind;
    if (node.attributes.label === "Document" && isDocumentKind(kind)) byKind.set(kind, [...(byKind.get(kind) ?? []), node.key]);
  }
  return byKind;
}

/** Which of the ids the canvas draws (nodeViewportPosition is null for hidden nodes). */
function drawn(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate((list) => list.filter((id) => window.__miit?.nodeViewportPosition(id) !== null), ids);
}

describe("the document-genre filter", () => {
  it("hides the documents of an unticked genre, keeps it in the URL and restores it from the link", async () => {
    const byKind = await documentsByKind();
    // The bundled corpus opens with work-conference reports (001 among them, see explorer.test.ts); any genre works the same.
    const kind: DocumentKind = "work-conference-report";
    const docs = byKind.get(kind) ?? [];
    expect(docs.length).toBeGreaterThan(0);

    const first = await openPage(browser);
    await first.page.goto(server.url);
    await waitForGraph(first.page);
    const toggle = first.page.getByTestId(`kind-toggle-${kind}`);
    expect(await toggle.isChecked()).toBe(true);
    expect(await first.page.getByTestId(`kind-count-${kind}`).textContent()).toBe(String(docs.length));
    for (const other of byKind.keys()) expect(await first.page.getByTestId(`kind-toggle-${other}`).count()).toBe(1);
    expect(await drawn(first.page, docs)).toEqual(docs);
    const nodesBefore = await hook(first.page, "visibleNodeCount");
    const edgesBefore = await hook(first.page, "visibleEdgeCount");

    await toggle.uncheck();
    await first.page.waitForFunction((n) => window.__miit?.visibleNodeCount === n, nodesBefore - docs.length);
    expect(await drawn(first.page, docs)).toEqual([]);
    expect(await hook(first.page, "visibleEdgeCount")).toBeLessThan(edgesBefore);
    await first.page.waitForFunction(() => new URLSearchParams(window.location.search).has("hideKinds"));
    const shared = first.page.url();
    expect(new URL(shared).searchParams.get("hideKinds")).toBe(kind);
    await screenshot(first.page, "genre-filter-unticked");
    expect(first.errors).toEqual([]);
    await first.page.context().close();

    const second = await openPage(browser);
    await second.page.goto(shared);
    await waitForGraph(second.page);
    expect(await second.page.getByTestId(`kind-toggle-${kind}`).isChecked()).toBe(false);
    expect(await hook(second.page, "visibleNodeCount")).toBe(nodesBefore - docs.length);
    expect(await drawn(second.page, docs)).toEqual([]);
    await screenshot(second.page, "genre-filter-restored");
    await second.page.context().close();
  });
});
