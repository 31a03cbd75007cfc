/** The one search box: suggestions as you type (Chinese, alias, pinyin, English), keyboard navigable (ARIA combobox). */
import type { KeyboardEvent } from "react";
import { useEffect, useRef } from "react";
import { chooseHit, searchStore, setSearchText, useSearch } from "../state/search/store";
import { closeSuggestions, moveActive } from "../state/search/transitions";
import { useT, useView } from "../state/view/store";
import { LABEL_COLORS } from "../graph/styles";

export function SearchBox() {
  const t = useT();
  const english = useView((s) => s.nameLang === "en");
  const { text, results, status, open, activeIndex, resultsFor } = useSearch((s) => s);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key === "/" && target?.tagName !== "INPUT" && target?.tagName !== "TEXTAREA" && !target?.isContentEditable) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      searchStore.update((s) => moveActive(s, e.key === "ArrowDown" ? 1 : -1));
    } else if (e.key === "Enter") {
      const hit = results[activeIndex] ?? results[0];
      if (hit && resultsFor === text.trim()) void chooseHit(hit);
    } else if (e.key === "Escape") {
      searchStore.update(closeSuggestions);
    }
  };

  const showList = open && text.trim().length > 0;
  return (
    <div className="search" data-testid="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls="search-list"
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? `search-opt-${activeIndex}` : undefined}
        placeholder={t("searchPlaceholder")}
        value={text}
        onChange={(e) => setSearchText(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => searchStore.update(closeSuggestions), 150)}
        onFocus={() => text && setSearchText(text)}
        data-testid="search-input"
      />
      {showList && (
        <ul id="search-list" role="listbox" className="search-list" data-testid="search-results">
          {status === "loading" && results.length === 0 && <li className="muted">{t("searching")}</li>}
          {status !== "loading" && resultsFor === text.trim() && results.length === 0 && (
            <li className="muted">{t("searchNoResults")}</li>
          )}
          {results.map((hit, i) => (
            <li
              key={hit.id}
              id={`search-opt-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? "active" : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                void chooseHit(hit);
              }}
              data-testid="search-result"
              data-node-id={hit.id}
            >
              <span className="dot" style={{ background: LABEL_COLORS[hit.label] }} />
              <span className="hit-name">{english && hit.nameEn ? hit.nameEn : hit.name}</span>
              <span className="hit-meta">
                {t(`label_${hit.label}`)}
                {hit.matched && hit.matched !== hit.name ? ` · ${hit.matched}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
