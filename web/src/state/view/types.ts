/** The view slice: what the user is looking at — selection, filters, year range, languages, console. */
import type { DocumentKind, NodeLabel, RelationshipType } from "../../../../cypher/model";
import type { ColorBy, SizeBy } from "../../graph/metrics/types";
import type { UiLang } from "../../i18n";

export type YearRange = readonly [number, number];
export type NameLang = "zh" | "en";

export interface ViewState {
  selectedId: string | null;
  hiddenLabels: readonly NodeLabel[];
  hiddenTypes: readonly RelationshipType[];
  /** Genres (Document.kind) whose documents are hidden. */
  hiddenKinds: readonly DocumentKind[];
  /** null: all years. Only dated facts (OWNS, HOLDS, COLLABORATES) are filtered by it. */
  yearRange: YearRange | null;
  /** Show only the selected node's neighbourhood. */
  focus: boolean;
  nameLang: NameLang;
  uiLang: UiLang;
  consoleOpen: boolean;
  consoleQuery: string;
  playing: boolean;
  /** With a year range, hide programs and people left without any fact in it (see graph/visibility.ts). */
  hideEmptyNodes: boolean;
  /** The keyboard shortcut list is open. */
  helpOpen: boolean;
  /** The console is folded to its header, giving the graph the room. */
  consoleCollapsed: boolean;
  /** What node size shows: a metric of the loaded graph, or "none" (the data's weighted degree). */
  sizeBy: SizeBy;
  /** What node colour shows: the entity label, the Louvain community, or a metric. */
  colorBy: ColorBy;
  /**
   * The data version the view was made on (GET /api/version): a link carries it as `v`, so that opening it after
   * the data changed can say what changed. null until the page knows it.
   */
  dataVersion: string | null;
}

export const INITIAL_VIEW: ViewState = {
  selectedId: null,
  hiddenLabels: [],
  hiddenTypes: [],
  hiddenKinds: [],
  yearRange: null,
  focus: false,
  nameLang: "zh",
  uiLang: "zh",
  consoleOpen: false,
  consoleQuery: "",
  playing: false,
  hideEmptyNodes: true,
  helpOpen: false,
  consoleCollapsed: false,
  sizeBy: "none",
  colorBy: "label",
  dataVersion: null,
};
