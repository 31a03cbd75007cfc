// A worker thread's entry: worker threads do not inherit tsx's loader, so it is registered here before the
// TypeScript entry named in workerData is imported.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
