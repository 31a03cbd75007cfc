/** The paths panel's URL form (pathFrom, pathTo, pathMax), so a shared link reopens the same paths. */
import { DEFAULT_HOP_LIMIT, isHopLimit, type HopLimit } from "../../../../cypher/hop-limit";
import type { PathsState } from "./types";

export interface UrlPaths {
  from: string;
  to: string | null;
  max: HopLimit;
}

/** The parameters of an open panel with a start (the year range owns `from`/`to`, hence the prefix). */
export function encodePathParams(s: Pick<PathsState, "open" | "from" | "to" | "max">): string {
  const p = new URLSearchParams();
  if (!s.open || s.from === null) return "";
  p.set("pathFrom", s.from.id);
  if (s.to !== null) p.set("pathTo", s.to.id);
  if (s.max !== DEFAULT_HOP_LIMIT) p.set("pathMax", String(s.max));
  return p.toString();
}

/** Reads the parameters; a link without a start opens no panel, a bad limit falls back to the default. */
export function decodePathParams(search: string): UrlPaths | null {
  const p = new URLSearchParams(search);
  const from = p.get("pathFrom");
  if (!from) return null;
  const to = p.get("pathTo");
  const max = Number(p.get("pathMax") ?? DEFAULT_HOP_LIMIT);
  return { from, to: to && to !== from ? to : null, max: isHopLimit(max) ? max : DEFAULT_HOP_LIMIT };
}

/** Joins two encoded parameter strings. */
export function joinSearch(...parts: string[]): string {
  return parts.filter((s) => s.length > 0).join("&");
}
