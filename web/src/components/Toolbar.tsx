/** The top bar: title, search, name language, UI language, copy link, paths, help, console. */
import { updateView, useT, useView } from "../state/view/store";
import { setConsoleOpen, setHelpOpen, setNameLang, setUiLang } from "../state/view/transitions";
import { showNotice } from "../state/notice/store";
import { hidePaths, showPathsFrom, usePaths } from "../state/paths/store";
import { SearchBox } from "./SearchBox";

export function Toolbar() {
  const t = useT();
  const nameLang = useView((s) => s.nameLang);
  const uiLang = useView((s) => s.uiLang);
  const consoleOpen = useView((s) => s.consoleOpen);
  const pathsOpen = usePaths((s) => s.open);

  const copyLink = () => {
    void navigator.clipboard
      ?.writeText(window.location.href)
      .then(() => showNotice(t("linkCopied")))
      .catch(() => showNotice(window.location.href));
  };

  return (
    <header className="toolbar">
      <h1 className="title">{t("appTitle")}</h1>
      <SearchBox />
      <div className="toolbar-actions">
        <div className="segmented" role="group" aria-label={t("names")}>
          <button type="button" aria-pressed={nameLang === "zh"} onClick={() => updateView((s) => setNameLang(s, "zh"))}>
            中文名
          </button>
          <button
            type="button"
            aria-pressed={nameLang === "en"}
            onClick={() => updateView((s) => setNameLang(s, "en"))}
            data-testid="names-en"
          >
            EN names
          </button>
        </div>
        <button type="button" onClick={() => updateView((s) => setUiLang(s, uiLang === "zh" ? "en" : "zh"))} data-testid="ui-lang">
          {t("uiLanguage")}
        </button>
        <button type="button" onClick={copyLink} data-testid="copy-link">
          {t("copyLink")}
        </button>
        <button type="button" aria-pressed={pathsOpen} onClick={() => (pathsOpen ? hidePaths() : showPathsFrom())} data-testid="paths-toggle">
          {t("paths")}
        </button>
        <button type="button" onClick={() => updateView((s) => setHelpOpen(s, true))} title={t("shortcuts")} aria-label={t("shortcuts")} data-testid="help">
          ?
        </button>
        <button
          type="button"
          className="primary"
          aria-pressed={consoleOpen}
          onClick={() => updateView((s) => setConsoleOpen(s, !consoleOpen))}
          data-testid="console-toggle"
        >
          {consoleOpen ? t("closeConsole") : t("console")}
        </button>
      </div>
    </header>
  );
}
