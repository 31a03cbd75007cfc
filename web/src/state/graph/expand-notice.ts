/** Tells the user what an expand did (an overview often holds every neighbour already). */
import { translate } from "../../i18n";
import { showNotice } from "../notice/store";
import { viewStore } from "../view/store";
import type { ExpandOutcome } from "./store";

export function noticeExpandOutcome(outcome: ExpandOutcome): void {
  const lang = viewStore.get().uiLang;
  if (outcome.error) showNotice(outcome.error, "error");
  else if (outcome.added === 0) showNotice(translate(lang, "nothingNew"));
  else showNotice(`+${outcome.added} ${translate(lang, "nodes")}`);
}
