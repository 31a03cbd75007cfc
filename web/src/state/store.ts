/** A minimal external store (useSyncExternalStore) that every state slice is built on. */
import { useSyncExternalStore } from "react";

export interface Store<T> {
  get(): T;
  /** Applies a pure transition; listeners run only when the state object changed. */
  update(transition: (state: T) => T): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    update(transition) {
      const next = transition(state);
      if (next === state) return;
      state = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Subscribes a component to a selected part of a store; the selector must return stable references. */
export function useStore<T, S>(store: Store<T>, selector: (state: T) => S): S {
  return useSyncExternalStore(
    store.subscribe,
    () => selector(store.get()),
    () => selector(store.get()),
  );
}

export type AsyncStatus = "idle" | "loading" | "error";
