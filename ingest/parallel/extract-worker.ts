/** A worker thread of the extract pool: loads the gazetteer once, then reads and extracts the files it is sent. */
import { parentPort, workerData } from "node:worker_threads";
import { buildGazetteer } from "../gazetteer/load-gazetteer";
import { readAndExtract } from "../read-and-extract";
import { BUILTIN_SOURCES } from "../sources/builtin-sources";
import type { ExtractTask, WorkerInit, WorkerReply } from "./extract-pool";

const init = workerData as WorkerInit;
const gazetteer = buildGazetteer(init.gazetteerFiles);
const known = new Map(init.known);

parentPort?.on("message", (task: ExtractTask) => {
  void run(task).then((reply) => parentPort?.postMessage(reply));
});

async function run(task: ExtractTask): Promise<WorkerReply> {
  const source = BUILTIN_SOURCES.find((s) => s.name === task.sourceName);
  if (source === undefined) return { id: task.id, error: `no input format named ${task.sourceName}` };
  try {
    return { id: task.id, outcome: await readAndExtract(task.path, source, gazetteer, init.maxSize, known) };
  } catch (error) {
    return { id: task.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
