/** The keyboard shortcut list, opened with "?" (or the toolbar's ? button) and closed with Escape. */
import type { StringKey } from "../i18n";
import { updateView, useT, useView } from "../state/view/store";
import { setHelpOpen } from "../state/view/transitions";

const SHORTCUTS: readonly (readonly [string, StringKey])[] = [
  ["?", "shortcutHelp"],
  ["/", "shortcutSearch"],
  ["↑ ↓", "shortcutArrows"],
  ["Enter", "shortcutEnter"],
  ["Esc", "shortcutEsc"],
  ["Ctrl/⌘ + Enter", "shortcutRun"],
];

export function ShortcutsHelp() {
  const t = useT();
  const open = useView((s) => s.helpOpen);
  if (!open) return null;
  const close = () => updateView((s) => setHelpOpen(s, false));
  return (
    <div className="overlay" onClick={close} data-testid="shortcuts">
      <div className="dialog" role="dialog" aria-modal="true" aria-label={t("shortcuts")} onClick={(e) => e.stopPropagation()}>
        <h2>{t("shortcuts")}</h2>
        <dl className="shortcut-list">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{t(what)}</dd>
            </div>
          ))}
        </dl>
        <button type="button" onClick={close} autoFocus>
          {t("close")}
        </button>
      </div>
    </div>
  );
}
