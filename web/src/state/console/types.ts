/** The console slice: the last run, its result or refusal, the history and the examples. */
import type { CypherResponse, SchemaResponse } from "../../../shared/api-types";
import type { ExampleQuery } from "../../api/guards";
import type { AsyncStatus } from "../store";

export interface ConsoleError {
  code: string;
  message: string;
}

export interface ConsoleState {
  status: AsyncStatus;
  error: ConsoleError | null;
  result: CypherResponse | null;
  lastQuery: string;
  history: string[];
  examples: ExampleQuery[];
  examplesError: string | null;
  schema: SchemaResponse | null;
  view: "table" | "graph";
}

export const INITIAL_CONSOLE: ConsoleState = {
  status: "idle",
  error: null,
  result: null,
  lastQuery: "",
  history: [],
  examples: [],
  examplesError: null,
  schema: null,
  view: "table",
};
