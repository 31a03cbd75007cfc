/** The view's URL form: a shared link reopens the same selection, filters, year range, languages, size and colour choice, and query, and names its data version. */
import { isDocumentKind, isNodeLabel, isRelationshipType, type NodeLabel, type RelationshipType } from "../../../../cypher/model";
import { isColorBy, isSizeBy } from "../../graph/metrics/types";
import { INITIAL_VIEW, type ViewState } from "./types";

/** The part of the view that a link carries. */
export type UrlViewState = Pick<
  ViewState,
  "selectedId" | "hiddenLabels" | "hiddenTypes" | "hiddenKinds" | "yearRange" | "focus" | "nameLang" | "uiLang" | "consoleOpen" | "consoleQuery" | "hideEmptyNodes" | "sizeBy" | "colorBy" | "dataVersion"
>;

/** A data version as the API makes it (12 hex digits); anything else in `v` is dropped. */
const DATA_VERSION = /^[0-9a-f]{12}$/;

/** Encodes the view as URL search parameters (defaults are left out so links stay short). */
export function encodeUrlState(s: UrlViewState): string {
  const p = new URLSearchParams();
  if (s.selectedId) p.set("node", s.selectedId);
  if (s.hiddenLabels.length) p.set("hideLabels", [...s.hiddenLabels].sort().join(","));
  if (s.hiddenTypes.length) p.set("hideTypes", [...s.hiddenTypes].sort().join(","));
  if (s.hiddenKinds.length) p.set("hideKinds", [...s.hiddenKinds].sort().join(","));
  if (s.yearRange) {
    p.set("from", String(s.yearRange[0]));
    p.set("to", String(s.yearRange[1]));
  }
  if (s.focus) p.set("focus", "1");
  if (s.nameLang !== "zh") p.set("names", s.nameLang);
  if (s.uiLang !== "zh") p.set("lang", s.uiLang);
  if (s.consoleOpen) p.set("console", "1");
  if (s.consoleQuery) p.set("q", s.consoleQuery);
  if (!s.hideEmptyNodes) p.set("keepEmpty", "1");
  if (s.sizeBy !== "none") p.set("sizeBy", s.sizeBy);
  if (s.colorBy !== "label") p.set("colorBy", s.colorBy);
  if (s.dataVersion) p.set("v", s.dataVersion);
  return p.toString();
}

function parseYear(v: string | null): number | undefined {
  if (v === null || !/^\d{4}$/.test(v)) return undefined;
  return Number(v);
}

/** Decodes URL search parameters; unknown or malformed values are ignored, never trusted. */
export function decodeUrlState(search: string): Partial<UrlViewState> {
  const p = new URLSearchParams(search);
  const out: Partial<UrlViewState> = {};
  const node = p.get("node");
  if (node) out.selectedId = node;
  const labels = p.get("hideLabels");
  if (labels) out.hiddenLabels = labels.split(",").filter(isNodeLabel) as NodeLabel[];
  const types = p.get("hideTypes");
  if (types) out.hiddenTypes = types.split(",").filter(isRelationshipType) as RelationshipType[];
  const kinds = p.get("hideKinds");
  // A genre named twice is hidden once: toggling it back must show its documents.
  if (kinds) out.hiddenKinds = [...new Set(kinds.split(",").filter(isDocumentKind))];
  const from = parseYear(p.get("from"));
  const to = parseYear(p.get("to"));
  if (from !== undefined && to !== undefined) out.yearRange = [Math.min(from, to), Math.max(from, to)];
  if (p.get("focus") === "1") out.focus = true;
  const names = p.get("names");
  if (names === "en" || names === "zh") out.nameLang = names;
  const lang = p.get("lang");
  if (lang === "en" || lang === "zh") out.uiLang = lang;
  if (p.get("console") === "1") out.consoleOpen = true;
  const q = p.get("q");
  if (q) out.consoleQuery = q;
  if (p.get("keepEmpty") === "1") out.hideEmptyNodes = false;
  const sizeBy = p.get("sizeBy");
  if (isSizeBy(sizeBy)) out.sizeBy = sizeBy;
  const colorBy = p.get("colorBy");
  if (isColorBy(colorBy)) out.colorBy = colorBy;
  const v = p.get("v");
  if (v !== null && DATA_VERSION.test(v)) out.dataVersion = v;
  return out;
}

/** The whole URL-carried view of a location: what the link says, defaults for what it leaves out (Back/Forward). */
export function completeUrlState(search: string): UrlViewState {
  const v = INITIAL_VIEW;
  const defaults: UrlViewState = {
    selectedId: v.selectedId,
    hiddenLabels: v.hiddenLabels,
    hiddenTypes: v.hiddenTypes,
    hiddenKinds: v.hiddenKinds,
    yearRange: v.yearRange,
    focus: v.focus,
    nameLang: v.nameLang,
    uiLang: v.uiLang,
    consoleOpen: v.consoleOpen,
    consoleQuery: v.consoleQuery,
    hideEmptyNodes: v.hideEmptyNodes,
    sizeBy: v.sizeBy,
    colorBy: v.colorBy,
    dataVersion: v.dataVersion,
  };
  return { ...defaults, ...decodeUrlState(search) };
}
