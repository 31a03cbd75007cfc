/** Pure transitions and decisions of the data-version slice. */
import type { DataChangesResponse } from "../../../shared/api-types";
import type { DataChangeNotice, DataVersionState } from "./types";

/** What to do with a link's version given the current one: take the current (no version in the link), nothing, or say what changed. */
export function compareDataVersions(linkVersion: string | null, current: string): "adopt" | "same" | "changed" {
  if (linkVersion === null) return "adopt";
  return linkVersion === current ? "same" : "changed";
}

/** The notice for a changes answer; one that lists no document cannot say what changed, so it is "unknown". */
export function toChangeNotice(changes: DataChangesResponse): DataChangeNotice {
  const count = changes.added.length + changes.removed.length + changes.changed.length;
  return count === 0 ? { kind: "unknown", from: changes.from, to: changes.to } : { kind: "changes", changes };
}

export function checking(state: DataVersionState): DataVersionState {
  return { ...state, status: "loading" };
}

export function checked(state: DataVersionState, version: string, notice: DataChangeNotice | null): DataVersionState {
  return { status: "idle", checked: version, notice };
}

export function checkFailed(state: DataVersionState): DataVersionState {
  return { ...state, status: "error" };
}

export function dismissed(state: DataVersionState): DataVersionState {
  return state.notice === null ? state : { ...state, notice: null };
}
