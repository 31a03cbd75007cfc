/** Pure transitions of the view slice. */
import type { DocumentKind, NodeLabel, RelationshipType } from "../../../../cypher/model";
import type { ColorBy, SizeBy } from "../../graph/metrics/types";
import type { UiLang } from "../../i18n";
import type { NameLang, ViewState, YearRange } from "./types";

function toggle<T>(list: readonly T[], item: T): readonly T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function select(state: ViewState, id: string | null): ViewState {
  if (state.selectedId === id) return state;
  return { ...state, selectedId: id, focus: id === null ? false : state.focus };
}

export function toggleLabel(state: ViewState, label: NodeLabel): ViewState {
  return { ...state, hiddenLabels: toggle(state.hiddenLabels, label) };
}

export function toggleType(state: ViewState, type: RelationshipType): ViewState {
  return { ...state, hiddenTypes: toggle(state.hiddenTypes, type) };
}

/** Hides the documents of a genre, or shows them again. */
export function toggleKind(state: ViewState, kind: DocumentKind): ViewState {
  return { ...state, hiddenKinds: toggle(state.hiddenKinds, kind) };
}

/** Sets the year range, normalised so from ≤ to; the full extent is stored as null (all years). */
export function setYearRange(state: ViewState, range: YearRange | null, extent?: YearRange): ViewState {
  if (range === null) return { ...state, yearRange: null };
  const from = Math.min(range[0], range[1]);
  const to = Math.max(range[0], range[1]);
  if (extent && from <= extent[0] && to >= extent[1]) return { ...state, yearRange: null };
  if (state.yearRange && state.yearRange[0] === from && state.yearRange[1] === to) return state;
  return { ...state, yearRange: [from, to] };
}

/**
 * One step of the play button: shows the next single year after the current range's start (the next of
 * `withFacts`, when given: years without facts are skipped); past the last year it stops and shows all years.
 */
export function stepYear(state: ViewState, extent: YearRange, withFacts?: readonly number[]): ViewState {
  const current = state.yearRange;
  const after = current === null || !state.playing ? extent[0] - 1 : current[0];
  const next = withFacts ? Math.min(...withFacts.filter((y) => y > after && y >= extent[0])) : after + 1;
  if (!Number.isFinite(next) || next > extent[1]) return { ...state, playing: false, yearRange: null };
  return { ...state, yearRange: [next, next] };
}

export function setPlaying(state: ViewState, playing: boolean): ViewState {
  return { ...state, playing };
}

export function setFocus(state: ViewState, focus: boolean): ViewState {
  return { ...state, focus: focus && state.selectedId !== null };
}

export function setNameLang(state: ViewState, nameLang: NameLang): ViewState {
  return { ...state, nameLang };
}

export function setUiLang(state: ViewState, uiLang: UiLang): ViewState {
  return { ...state, uiLang };
}

export function setHideEmptyNodes(state: ViewState, hideEmptyNodes: boolean): ViewState {
  return state.hideEmptyNodes === hideEmptyNodes ? state : { ...state, hideEmptyNodes };
}

export function setHelpOpen(state: ViewState, helpOpen: boolean): ViewState {
  return state.helpOpen === helpOpen ? state : { ...state, helpOpen };
}

export function setConsoleCollapsed(state: ViewState, consoleCollapsed: boolean): ViewState {
  return state.consoleCollapsed === consoleCollapsed ? state : { ...state, consoleCollapsed };
}

/** Escape, outside inputs: closes the shortcut list first, else clears the selection. */
export function escape(state: ViewState): ViewState {
  return state.helpOpen ? setHelpOpen(state, false) : select(state, null);
}

export function setConsoleOpen(state: ViewState, consoleOpen: boolean): ViewState {
  return { ...state, consoleOpen };
}

export function setConsoleQuery(state: ViewState, consoleQuery: string): ViewState {
  return state.consoleQuery === consoleQuery ? state : { ...state, consoleQuery };
}

export function setSizeBy(state: ViewState, sizeBy: SizeBy): ViewState {
  return state.sizeBy === sizeBy ? state : { ...state, sizeBy };
}

export function setColorBy(state: ViewState, colorBy: ColorBy): ViewState {
  return state.colorBy === colorBy ? state : { ...state, colorBy };
}

/** Applies what a shared URL says on top of the current state. */
export function applyPartial(state: ViewState, partial: Partial<ViewState>): ViewState {
  return { ...state, ...partial };
}

/** Records the data version the view now stands on (the link then carries it). */
export function setDataVersion(state: ViewState, dataVersion: string): ViewState {
  return state.dataVersion === dataVersion ? state : { ...state, dataVersion };
}
