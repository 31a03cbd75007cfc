/** The data-version slice's store, hooks and the check a page makes once at start against the link's `v`. */
import { fetchDataChanges, fetchDataVersion } from "../../api/client";
import { createStore, useStore } from "../store";
import { updateView, viewStore } from "../view/store";
import { setDataVersion } from "../view/transitions";
import { checked, checkFailed, checking, compareDataVersions, dismissed, toChangeNotice } from "./transitions";
import { INITIAL_DATA_VERSION, type DataChangeNotice, type DataVersionState } from "./types";

export const dataVersionStore = createStore<DataVersionState>(INITIAL_DATA_VERSION);

export function useDataVersion<S>(selector: (s: DataVersionState) => S): S {
  return useStore(dataVersionStore, selector);
}

/** What changed since `from`; a version not on record (404) or a failed answer says only that the data changed. */
async function noticeSince(from: string, current: string): Promise<{ notice: DataChangeNotice; to: string }> {
  try {
    const changes = await fetchDataChanges(from);
    return { notice: toChangeNotice(changes), to: changes.to };
  } catch {
    return { notice: { kind: "unknown", from, to: current }, to: current };
  }
}

/**
 * Compares the link's data version (already applied to the view from the URL) with the server's. The view itself
 * opens either way; a different version adds a notice of what changed, and the view (so the URL) takes the current one.
 */
export async function checkDataVersion(): Promise<void> {
  dataVersionStore.update(checking);
  let current: string;
  try {
    current = (await fetchDataVersion()).dataVersion;
  } catch {
    // No version from the API (Neo4j down: the page's error state says so): the link keeps its own.
    dataVersionStore.update(checkFailed);
    return;
  }
  const linkVersion = viewStore.get().dataVersion;
  const outcome = compareDataVersions(linkVersion, current);
  if (outcome !== "changed" || linkVersion === null) {
    updateView((s) => setDataVersion(s, current));
    dataVersionStore.update((s) => checked(s, current, null));
    return;
  }
  const { notice, to } = await noticeSince(linkVersion, current);
  updateView((s) => setDataVersion(s, to));
  dataVersionStore.update((s) => checked(s, to, notice));
}

export function dismissDataChangeNotice(): void {
  dataVersionStore.update(dismissed);
}
