/** The search slice: the box's text, suggestions and the highlighted suggestion. */
import type { SearchHit } from "../../../shared/api-types";
import type { AsyncStatus } from "../store";

export interface SearchState {
  text: string;
  results: SearchHit[];
  /** The text the results answer (results lag the typed text while a request runs). */
  resultsFor: string;
  status: AsyncStatus;
  error: string | null;
  activeIndex: number;
  open: boolean;
}

export const INITIAL_SEARCH: SearchState = {
  text: "",
  results: [],
  resultsFor: "",
  status: "idle",
  error: null,
  activeIndex: -1,
  open: false,
};
