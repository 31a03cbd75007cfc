/** The console's frame: a drag handle on its top edge (height) and a header that folds it away for the graph. */
import type { KeyboardEvent, PointerEvent, ReactNode } from "react";
import { updateView, useT, useView } from "../../state/view/store";
import { setConsoleCollapsed } from "../../state/view/transitions";

const MIN_HEIGHT = 140;
const KEY_STEP = 40;

/** Sets the console's height (px) on its element, within the page: no React state, so dragging stays cheap. */
function setHeight(el: HTMLElement, px: number): void {
  const max = Math.round(window.innerHeight * 0.75);
  el.style.setProperty("--console-height", `${Math.min(max, Math.max(MIN_HEIGHT, Math.round(px)))}px`);
}

function ResizeHandle() {
  const t = useT();
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const console = e.currentTarget.parentElement;
    if (!console) return;
    e.preventDefault();
    const startY = e.clientY;
    const startHeight = console.getBoundingClientRect().height;
    const move = (m: globalThis.PointerEvent) => setHeight(console, startHeight + (startY - m.clientY));
    const up = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      window.dispatchEvent(new Event("resize"));
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const console = e.currentTarget.parentElement;
    if (!console || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    setHeight(console, console.getBoundingClientRect().height + (e.key === "ArrowUp" ? KEY_STEP : -KEY_STEP));
  };
  return (
    <div
      className="console-resize"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t("resizeConsole")}
      title={t("resizeConsole")}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      data-testid="console-resize"
    />
  );
}

export function ConsoleFrame({ status, children }: { status: string; children: ReactNode }) {
  const t = useT();
  const collapsed = useView((s) => s.consoleCollapsed);
  const fold = (
    <button
      type="button"
      className="fold"
      onClick={() => updateView((s) => setConsoleCollapsed(s, !collapsed))}
      aria-expanded={!collapsed}
      data-testid="console-collapse"
    >
      {collapsed ? `▴ ${t("expandConsole")}` : `▾ ${t("collapseConsole")}`}
    </button>
  );
  if (collapsed) {
    return (
      <section className="console collapsed" aria-label={t("console")} data-testid="console" data-status={status}>
        <div className="console-head">
          <h2>{t("console")}</h2>
        </div>
        {fold}
      </section>
    );
  }
  return (
    <section className="console" aria-label={t("console")} data-testid="console" data-status={status}>
      <ResizeHandle />
      {children}
      <div className="console-fold">{fold}</div>
    </section>
  );
}
