/** The hover slice: the node under the pointer, kept apart from the view so hovering re-renders nothing else. */
import { createStore, useStore } from "../store";

export const hoverStore = createStore<{ hoveredId: string | null }>({ hoveredId: null });

export function setHovered(id: string | null): void {
  hoverStore.update((s) => (s.hoveredId === id ? s : { hoveredId: id }));
}

export function useHovered(): string | null {
  return useStore(hoverStore, (s) => s.hoveredId);
}
