/** One end of a path: the chosen entity with a clear button, or a search box with suggestions (and "use the selected node"). */
import { useState } from "react";
import { mainGraph } from "../../graph/graph-instance";
import { LABEL_COLORS } from "../../graph/styles";
import { choosePathEnd, usePaths } from "../../state/paths/store";
import { usePathEndSearch } from "../../state/paths/usePathEndSearch";
import { useT, useView } from "../../state/view/store";

export function PathEndPicker({ which }: { which: "from" | "to" }) {
  const t = useT();
  const end = usePaths((s) => s[which]);
  const english = useView((s) => s.nameLang === "en");
  const selected = useView((s) => s.selectedId);
  const [text, setText] = useState("");
  const { results, status } = usePathEndSearch(end === null ? text : "");
  const heading = t(which === "from" ? "pathFrom" : "pathTo");

  if (end !== null) {
    return (
      <div className="path-end" data-testid={`path-${which}`} data-node-id={end.id}>
        <span className="path-end-heading">{heading}</span>
        {end.label && <span className="dot" style={{ background: LABEL_COLORS[end.label] }} />}
        <strong>{end.name}</strong>
        <button type="button" className="link" onClick={() => choosePathEnd(which, null)} data-testid={`path-${which}-clear`}>
          {t("pathClear")}
        </button>
      </div>
    );
  }
  const useSelected = () => {
    if (selected === null || !mainGraph.hasNode(selected)) return;
    const a = mainGraph.getNodeAttributes(selected);
    choosePathEnd(which, { id: selected, name: a.name, label: a.entity });
  };
  return (
    <div className="path-end picking" data-testid={`path-${which}`}>
      <label className="path-end-heading" htmlFor={`path-${which}-input`}>
        {heading}
      </label>
      <div className="path-search">
        <input id={`path-${which}-input`} type="search" placeholder={t("pathPick")} value={text} onChange={(e) => setText(e.target.value)} data-testid={`path-${which}-input`} />
        {text.trim().length > 0 && (
          <ul className="search-list">
            {status === "loading" && results.length === 0 && <li className="muted">{t("searching")}</li>}
            {results.map((hit) => (
              <li key={hit.id}>
                <button type="button" className="path-hit" onClick={() => choosePathEnd(which, { id: hit.id, name: hit.name, label: hit.label })} data-testid="path-search-result" data-node-id={hit.id}>
                  <span className="dot" style={{ background: LABEL_COLORS[hit.label] }} />
                  <span className="hit-name">{english && hit.nameEn ? hit.nameEn : hit.name}</span>
                  <span className="hit-meta">{t(`label_${hit.label}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {selected !== null && (
        <button type="button" className="link" onClick={useSelected} data-testid={`path-${which}-selected`}>
          {t("pathUseSelected")}
        </button>
      )}
    </div>
  );
}
