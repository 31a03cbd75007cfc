/** Suggestions for one end of a path: the search API, debounced and abortable, local to the picker that asks. */
import { useEffect, useState } from "react";
import type { SearchHit } from "../../../shared/api-types";
import { errorMessage, fetchSearch } from "../../api/client";
import { CONFIG } from "../../config";
import type { AsyncStatus } from "../store";

export interface PathEndSearch {
  results: SearchHit[];
  status: AsyncStatus;
  error: string | null;
}

const IDLE: PathEndSearch = { results: [], status: "idle", error: null };
const WAITING: PathEndSearch = { results: [], status: "loading", error: null };

/** The hits for `text` (nothing below the search box's minimum length); a newer text aborts the older request. */
export function usePathEndSearch(text: string): PathEndSearch {
  const q = text.trim();
  // The answer remembers its query: a text typed since shows as loading until its own answer arrives.
  const [answer, setAnswer] = useState<PathEndSearch & { q: string }>({ q: "", ...IDLE });
  useEffect(() => {
    if (q.length < CONFIG.searchMinChars) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchSearch(q, controller.signal)
        .then((r) => setAnswer({ q, results: r.results, status: "idle", error: null }))
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setAnswer({ q, results: [], status: "error", error: errorMessage(error) });
        });
    }, CONFIG.searchDebounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);
  if (q.length < CONFIG.searchMinChars) return IDLE;
  return answer.q === q ? answer : WAITING;
}
