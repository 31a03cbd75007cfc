/** The notice slice: one short message (an expand that failed, a copied link), cleared by the user or a timer. */
import { createStore, useStore } from "../store";

export interface NoticeState {
  message: string | null;
  kind: "info" | "error";
  id: number;
}

export const noticeStore = createStore<NoticeState>({ message: null, kind: "info", id: 0 });

export function showNotice(message: string, kind: NoticeState["kind"] = "info"): void {
  noticeStore.update((s) => ({ message, kind, id: s.id + 1 }));
}

export function clearNotice(): void {
  noticeStore.update((s) => (s.message === null ? s : { ...s, message: null }));
}

export function useNotice<S>(selector: (s: NoticeState) => S): S {
  return useStore(noticeStore, selector);
}
