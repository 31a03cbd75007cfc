/** The compare slice's store, hooks and loader. */
import { errorMessage, fetchDiff } from "../../api/client";
import { createStore, useStore } from "../store";
import { compareFailed, compareLoaded, startCompare, stopCompare } from "./transitions";
import { INITIAL_COMPARE, type CompareState } from "./types";

export const compareStore = createStore<CompareState>(INITIAL_COMPARE);

export function useCompare<S>(selector: (s: CompareState) => S): S {
  return useStore(compareStore, selector);
}

/** Loads the diff of `nodeId` between two years; a late answer for other years is dropped. */
export async function compareYears(nodeId: string, from: number, to: number): Promise<void> {
  compareStore.update((s) => startCompare(s, nodeId, from, to));
  try {
    const diff = await fetchDiff(nodeId, from, to);
    compareStore.update((s) => compareLoaded(s, nodeId, diff));
  } catch (error) {
    compareStore.update((s) => compareFailed(s, nodeId, errorMessage(error)));
  }
}

export function endCompare(): void {
  compareStore.update(stopCompare);
}
