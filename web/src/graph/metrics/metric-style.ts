/**
 * Metric values as sizes and colours for the node reducer: sizes and a sequential ramp scale each metric between
 * its lowest and highest value on the graph; communities get categorical colours, biggest community first.
 */
import type { ColorBy, NodeMetrics, NodeValues, SizeBy } from "./types";

export interface MetricStyleOptions {
  minSize: number;
  maxSize: number;
  /** Colours of the ramp from low to high (evenly spaced stops). */
  ramp: readonly string[];
  /** Community colours in order; communities past the palette share `otherColor`. */
  palette: readonly string[];
  otherColor: string;
}

export const DEFAULT_METRIC_STYLE_OPTIONS: MetricStyleOptions = {
  // The range of sizeForDegree (styles.ts): switching to a metric keeps the picture's scale.
  minSize: 3,
  maxSize: 22,
  // Light yellow to dark blue: readable on the white canvas at both ends, ordered by lightness.
  ramp: ["#f6e27a", "#9ed670", "#3fb08f", "#2a7f9e", "#34508f", "#3b2a6b"],
  palette: ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#bfef45", "#469990", "#9a6324", "#800000", "#808000", "#000075", "#fabed4"],
  otherColor: "#b8bec6",
};

/** What the reducer applies: a size and/or colour per node id (null: keep the data's). */
export interface MetricStyle {
  sizes: ReadonlyMap<string, number> | null;
  colors: ReadonlyMap<string, string> | null;
}

/** The lowest and highest value, or null for no values. */
export function valueRange(values: NodeValues): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const v of Object.values(values)) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return Number.isFinite(min) ? { min, max } : null;
}

/** Where each value lies in [0, 1] on a square-root scale: centralities are heavy-tailed, hubs would hide the rest. */
function positions(values: NodeValues): Map<string, number> {
  const range = valueRange(values);
  const out = new Map<string, number>();
  if (!range) return out;
  const span = range.max - range.min;
  for (const [node, v] of Object.entries(values)) out.set(node, span > 0 ? Math.sqrt((v - range.min) / span) : 0);
  return out;
}

/** Sizes growing with the value: the node with the highest value is drawn largest, the lowest smallest. */
export function metricSizes(values: NodeValues, o: MetricStyleOptions = DEFAULT_METRIC_STYLE_OPTIONS): Map<string, number> {
  const out = new Map<string, number>();
  for (const [node, t] of positions(values)) out.set(node, o.minSize + (o.maxSize - o.minSize) * t);
  return out;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The ramp's colour at t ∈ [0, 1], interpolated in RGB between neighbouring stops. */
export function rampColor(t: number, ramp: readonly string[] = DEFAULT_METRIC_STYLE_OPTIONS.ramp): string {
  const x = Math.min(1, Math.max(0, t)) * (ramp.length - 1);
  const i = Math.min(ramp.length - 2, Math.floor(x));
  const a = hexToRgb(ramp[i] ?? "#000000");
  const b = hexToRgb(ramp[i + 1] ?? ramp[i] ?? "#000000");
  const f = x - i;
  const mix = a.map((c, k) => Math.round(c + ((b[k] ?? c) - c) * f));
  return `#${mix.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

export function metricColors(values: NodeValues, o: MetricStyleOptions = DEFAULT_METRIC_STYLE_OPTIONS): Map<string, string> {
  const out = new Map<string, string>();
  for (const [node, t] of positions(values)) out.set(node, rampColor(t, o.ramp));
  return out;
}

/** Communities by size, biggest first (ties: lower id first), with their node counts. */
export function communitiesBySize(community: NodeValues): { id: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const c of Object.values(community)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id - b.id);
}

/** The colour of each community id: the palette in order of community size, the rest `otherColor`. */
export function communityPalette(community: NodeValues, o: MetricStyleOptions = DEFAULT_METRIC_STYLE_OPTIONS): Map<number, string> {
  return new Map(communitiesBySize(community).map(({ id }, rank) => [id, o.palette[rank] ?? o.otherColor]));
}

export function communityColors(community: NodeValues, o: MetricStyleOptions = DEFAULT_METRIC_STYLE_OPTIONS): Map<string, string> {
  const palette = communityPalette(community, o);
  const out = new Map<string, string>();
  for (const [node, c] of Object.entries(community)) out.set(node, palette.get(c) ?? o.otherColor);
  return out;
}

/** The reducer's style for a choice of size and colour, or null when both keep the data's. */
export function buildMetricStyle(metrics: NodeMetrics | null, sizeBy: SizeBy, colorBy: ColorBy): MetricStyle | null {
  if (metrics === null || (sizeBy === "none" && colorBy === "label")) return null;
  const sizes = sizeBy === "none" ? null : metricSizes(metrics[sizeBy]);
  const colors = colorBy === "label" ? null : colorBy === "community" ? communityColors(metrics.community) : metricColors(metrics[colorBy]);
  return { sizes, colors };
}
