/**
 * The overview's layout, kept once computed: positions stored under a fingerprint of the graph (its node keys in
 * order and its relationship count, so the same data gives the same key), so that reopening the same overview
 * draws at once instead of running ForceAtlas2 again. One layout is kept (the last), in the browser's storage.
 */
import type { CanvasGraph } from "./graph-instance";

const STORAGE_KEY = "miit-layout";

/** What the cache needs of window.localStorage (tests pass a Map-backed one). */
export type LayoutStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

interface StoredLayout {
  key: string;
  x: number[];
  y: number[];
}

/** FNV-1a (32 bit) over the node keys in order, with the node and relationship counts. */
export function layoutKey(graph: CanvasGraph): string {
  let hash = 0x811c9dc5;
  graph.forEachNode((node) => {
    for (let i = 0; i < node.length; i++) hash = Math.imul(hash ^ node.charCodeAt(i), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ 0x1f, 0x01000193) >>> 0;
  });
  return `${hash.toString(16)}-${graph.order}-${graph.size}`;
}

export function saveLayout(graph: CanvasGraph, storage: LayoutStorage): void {
  const layout: StoredLayout = { key: layoutKey(graph), x: [], y: [] };
  graph.forEachNode((_node, a) => {
    layout.x.push(Math.round(a.x * 100) / 100);
    layout.y.push(Math.round(a.y * 100) / 100);
  });
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(layout));
  } catch {
    // Over the storage quota (a very large graph): the layout is simply computed again next time.
    storage.removeItem(STORAGE_KEY);
  }
}

/** Puts the stored positions on the graph when they were made for this same graph; says whether it did. */
export function restoreLayout(graph: CanvasGraph, storage: LayoutStorage): boolean {
  let stored: StoredLayout;
  try {
    stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? "null") as StoredLayout;
  } catch {
    return false;
  }
  if (stored === null || stored.key !== layoutKey(graph) || stored.x.length !== graph.order || stored.y.length !== graph.order) return false;
  let i = 0;
  graph.updateEachNodeAttributes((_node, a) => {
    const next = { ...a, x: stored.x[i] ?? a.x, y: stored.y[i] ?? a.y };
    i++;
    return next;
  });
  return true;
}
