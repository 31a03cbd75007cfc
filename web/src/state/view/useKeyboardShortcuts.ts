/** Page-wide keys: "?" toggles the shortcut list, Escape closes it or clears the selection; "/" lives in the search box. */
import { useEffect } from "react";
import { updateView } from "./store";
import { escape, setHelpOpen } from "./transitions";

/** Keys typed into an editor or a field belong to it, not to the page. */
function isTyping(target: EventTarget | null): boolean {
  const el = target instanceof HTMLElement ? target : null;
  return el !== null && (el.isContentEditable || el.closest(".cm-editor, input, textarea, select") !== null);
}

export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === "Escape") updateView(escape);
      else if (e.key === "?") {
        e.preventDefault();
        updateView((s) => setHelpOpen(s, !s.helpOpen));
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
