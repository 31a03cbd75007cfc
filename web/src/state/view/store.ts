/** The view slice's store and hooks. */
import { createStore, useStore } from "../store";
import { translate, type StringKey } from "../../i18n";
import { INITIAL_VIEW, type ViewState } from "./types";

export const viewStore = createStore<ViewState>(INITIAL_VIEW);

export function useView<S>(selector: (s: ViewState) => S): S {
  return useStore(viewStore, selector);
}

/** Applies a pure transition to the view slice. */
export function updateView(transition: (s: ViewState) => ViewState): void {
  viewStore.update(transition);
}

/** The translate function for the current UI language. */
export function useT(): (key: StringKey) => string {
  const lang = useView((s) => s.uiLang);
  return (key) => translate(lang, key);
}
