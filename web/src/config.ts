/** Web app configuration: the one place the browser build reads its environment (Vite's import.meta.env). */

export interface LayoutOptions {
  /** ForceAtlas2 runs in a worker for this long at most (ms), scaled down for small graphs. */
  maxFa2Ms: number;
  /** Minimum FA2 time (ms) so that tiny graphs still settle. */
  minFa2Ms: number;
  /** Milliseconds of FA2 per node (a 20k graph gets maxFa2Ms). */
  fa2MsPerNode: number;
  /** noverlap only runs synchronously below this many nodes (it is O(n) per pass but not free). */
  noverlapMaxNodes: number;
  noverlapIterations: number;
  /** Short FA2 run after an expand (ms). */
  expandFa2Ms: number;
}

export interface AppConfig {
  apiBase: string;
  searchDebounceMs: number;
  searchMinChars: number;
  playStepMs: number;
  historySize: number;
  layout: LayoutOptions;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  maxFa2Ms: 6000,
  minFa2Ms: 1200,
  fa2MsPerNode: 3,
  noverlapMaxNodes: 4000,
  noverlapIterations: 60,
  expandFa2Ms: 900,
};

function readApiBase(): string {
  const raw: unknown = import.meta.env.VITE_API_BASE;
  if (typeof raw === "string" && raw.length > 0) return raw.replace(/\/$/, "");
  return "/api";
}

export const CONFIG: AppConfig = {
  apiBase: readApiBase(),
  searchDebounceMs: 180,
  searchMinChars: 1,
  playStepMs: 1200,
  historySize: 30,
  layout: DEFAULT_LAYOUT_OPTIONS,
};
