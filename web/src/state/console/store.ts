/** The console slice's store, hooks and actions: run Cypher, load examples and schema, keep the history. */
import { errorMessage, fetchExamples, fetchSchema, runCypher } from "../../api/client";
import { ApiRequestError } from "../../api/errors";
import { CONFIG } from "../../config";
import { createStore, useStore } from "../store";
import { runFailed, runSucceeded, startRun } from "./transitions";
import { INITIAL_CONSOLE, type ConsoleState } from "./types";

const HISTORY_KEY = "miit.console.history";

function readHistory(): string[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? "[]");
    return Array.isArray(raw) ? raw.filter((q): q is string => typeof q === "string").slice(0, CONFIG.historySize) : [];
  } catch {
    return [];
  }
}

export const consoleStore = createStore<ConsoleState>({ ...INITIAL_CONSOLE, history: readHistory() });

export function useConsole<S>(selector: (s: ConsoleState) => S): S {
  return useStore(consoleStore, selector);
}

/** The run in flight: a new run supersedes it (the user changed their mind; the server's time limit ends it there). */
let inFlight: AbortController | null = null;

/** Runs a query read-only on the server; a refusal keeps the API's code and message for the console to show. */
export async function runQuery(query: string): Promise<void> {
  if (!query.trim()) return;
  inFlight?.abort();
  const run = new AbortController();
  inFlight = run;
  consoleStore.update((s) => startRun(s, query, CONFIG.historySize));
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(consoleStore.get().history));
  } catch {
    // Private mode or a full quota: the history then lives only for this session.
  }
  try {
    const result = await runCypher(query, run.signal);
    if (inFlight === run) consoleStore.update((s) => runSucceeded(s, result));
  } catch (error) {
    if (inFlight !== run) return;
    const code = error instanceof ApiRequestError ? error.code : "ERROR";
    consoleStore.update((s) => runFailed(s, { code, message: errorMessage(error) }));
  } finally {
    if (inFlight === run) inFlight = null;
  }
}

/** Loads the example queries and the schema once (each failure is kept, not thrown). */
export async function loadConsoleResources(): Promise<void> {
  const [examples, schema] = await Promise.allSettled([fetchExamples(), fetchSchema()]);
  consoleStore.update((s) => ({
    ...s,
    examples: examples.status === "fulfilled" ? examples.value : s.examples,
    examplesError: examples.status === "rejected" ? errorMessage(examples.reason) : null,
    schema: schema.status === "fulfilled" ? schema.value : s.schema,
  }));
}
