/** Exports: the view as PNG, the graph as GEXF (Gephi) and JSON. Everything is built from data, never from HTML. */
import type Sigma from "sigma";
import type { CanvasGraph } from "./graph-instance";

/** The graph as GEXF, with the entity label, relationship type and year as attributes Gephi can partition by. */
export async function toGexf(graph: CanvasGraph): Promise<string> {
  // Loaded on demand: the GEXF writer is not needed to draw the page.
  const { write: writeGexf } = await import("graphology-gexf/browser");
  return writeGexf(graph, {
    formatNode: (key, a) => ({
      label: a.name,
      viz: { x: a.x, y: a.y, size: a.size, color: a.color },
      attributes: { id: key, entity: a.entity, nameEn: a.nameEn ?? "" },
    }),
    formatEdge: (_key, a) => ({
      weight: a.weight,
      label: a.relType,
      attributes: { type: a.relType, year: a.year ?? "" },
    }),
  });
}

export function toJson(graph: CanvasGraph): string {
  return JSON.stringify(graph.export(), null, 1);
}

/** Offers a text or blob to the user as a file download. */
export function download(name: string, content: string | Blob, mime = "text/plain;charset=utf-8"): void {
  const blob = typeof content === "string" ? new Blob([content], { type: mime }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Renders sigma synchronously and flattens its layers onto one white canvas. */
export function renderPng(sigma: Sigma<never, never> | Sigma): Promise<Blob> {
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement("canvas");
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext("2d");
  if (!ctx) return Promise.reject(new Error("export: no 2D canvas context"));
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  for (const canvas of Object.values(sigma.getCanvases())) ctx.drawImage(canvas, 0, 0, out.width, out.height);
  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("export: PNG encoding failed"))), "image/png"),
  );
}

/** A file name stamp like 2026-11-23T1530. */
export function stamp(date = new Date()): string {
  return date.toISOString().slice(0, 16).replace(":", "");
}
