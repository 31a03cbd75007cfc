/** The data-version slice: whether a shared link was made on other data than the page now shows, and what changed. */
import type { DataChangesResponse } from "../../../shared/api-types";
import type { AsyncStatus } from "../store";

/** What the page says about a link made on other data: the documents that changed, or that it cannot tell. */
export type DataChangeNotice = { kind: "changes"; changes: DataChangesResponse } | { kind: "unknown"; from: string; to: string };

export interface DataVersionState {
  status: AsyncStatus;
  /** The server's version the check found (the view now carries it); null until the check ended. */
  checked: string | null;
  /** Shown until dismissed; null when the link's version is the current one (or the link had none). */
  notice: DataChangeNotice | null;
}

export const INITIAL_DATA_VERSION: DataVersionState = { status: "idle", checked: null, notice: null };
