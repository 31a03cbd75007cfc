/** Page-wide keys: Escape clears the selection (and closes focus); "/" focusing search lives in the search box. */
import { useEffect } from "react";
import { updateView } from "./store";
import { select } from "./transitions";

export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== "Escape" || target?.closest(".cm-editor, input, textarea")) return;
      updateView((s) => select(s, null));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
