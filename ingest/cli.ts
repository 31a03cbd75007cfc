/** `npm run ingest -- [options] <file-or-folder>...`: the only place that reads argv, catches errors and sets the exit code. */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { loadIngestConfig } from "./config";
import { IngestError, UsageError } from "./errors";
import { DEFAULT_BATCH_ROWS, ingestPaths, type IngestOptions, type IngestSummary, type ProgressEvent } from "./pipeline";
import { DEFAULT_READ_OPTIONS } from "./sources/document-source";
import { defaultWorkerCount } from "./parallel/extract-pool";

export const USAGE = `Usage: npm run ingest -- [options] <file-or-folder>...

Reads .txt, .md and .html documents (UTF-8, UTF-16 with BOM, GB18030/GBK, Big5), extracts the
graph and loads it into Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD; default
bolt://127.0.0.1:7687, or the port NEO4J_LOCAL_BOLT_PORT names). Folders are read recursively.

Options:
  --out FILE          write the graph as JSON to FILE
  --no-db             do not touch Neo4j
  --gazetteer FILE    an extra gazetteer YAML file (repeatable)
  --max-size MB       refuse files larger than MB megabytes (default ${DEFAULT_READ_OPTIONS.maxSize / (1024 * 1024)})
  --remove FILE|ID    take a loaded document (named by its file or its id, doc:<file stem>) and
                      what only it contributed out of the graph (repeatable; done before the
                      files given are ingested, and alone when none are)
  --workers N         extract on N threads (default: the machine's cores, here ${defaultWorkerCount()});
                      the graph is the same for any N
  --batch-rows N      about N node and relationship rows per load transaction (default
                      ${DEFAULT_BATCH_ROWS.toLocaleString("en")}; smaller for a server with little transaction memory)
  --replace           let a file replace a loaded document of the same name from another
                      folder (a document's id is its file name; without this such a file is
                      skipped, so nothing is overwritten by mistake)
  -h, --help          show this help

Documents are loaded in batches, one transaction each, while the next are extracted. A file that the
database already holds, unchanged and extracted by this same version, is not read again: an ingest
that was stopped (or killed) continues where its last batch committed when run again.

Exit status: 0 all read, 2 some files skipped or documents not found to remove (listed), 1 error.`;

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_SKIPPED = 2;

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Environment for config.ts; omitted → the process's own (read by config.ts only). */
  env?: Record<string, string | undefined>;
}

interface CliRequest {
  help: boolean;
  paths: string[];
  /** Files or document ids to take out of the graph before anything is ingested. */
  remove: string[];
  options: Partial<IngestOptions>;
}

/** Parses argv (without node and script) into the ingest request; throws UsageError on anything unknown or malformed. */
export function parseCliArgs(argv: string[]): CliRequest {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (cause) {
    throw new UsageError(`${cause instanceof Error ? cause.message.split("\n")[0] : String(cause)}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { help: true, paths: [], remove: [], options: {} };
  const remove = values.remove ?? [];
  if (positionals.length === 0 && remove.length === 0) throw new UsageError(`no file or folder given\n\n${USAGE}`);
  if (remove.length > 0 && values["no-db"] === true) throw new UsageError(`--remove changes Neo4j and cannot go with --no-db\n\n${USAGE}`);
  const options: Partial<IngestOptions> = {
    noDb: values["no-db"] === true,
    gazetteerPaths: values.gazetteer ?? [],
  };
  if (values.out !== undefined) options.out = values.out;
  if (values.replace === true) options.replace = true;
  if (values.workers !== undefined) {
    const workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 256) throw new UsageError(`--workers takes a whole number from 1 to 256, not "${values.workers}"`);
    options.workers = workers;
  }
  if (values["batch-rows"] !== undefined) {
    const rows = Number(values["batch-rows"]);
    if (!Number.isInteger(rows) || rows < 1) throw new UsageError(`--batch-rows takes a positive whole number, not "${values["batch-rows"]}"`);
    options.batchRows = rows;
  }
  if (values["max-size"] !== undefined) {
    const mb = Number(values["max-size"]);
    if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-size takes a positive number of megabytes, not "${values["max-size"]}"`);
    options.maxSize = Math.floor(mb * 1024 * 1024);
  }
  return { help: false, paths: positionals, remove, options };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: "string" },
      "no-db": { type: "boolean" },
      gazetteer: { type: "string", multiple: true },
      "max-size": { type: "string" },
      replace: { type: "boolean" },
      workers: { type: "string" },
      "batch-rows": { type: "string" },
      remove: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
    },
  });
}

/** Runs the CLI; returns the exit status (0 ok, 2 something skipped, 1 error). Errors are caught here and only here. */
export async function runCli(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const progress = createProgress(io.stderr);
  try {
    const request = parseCliArgs(argv);
    if (request.help) {
      io.stdout.write(`${USAGE}\n`);
      return EXIT_OK;
    }
    const config = request.options.noDb === true ? undefined : loadIngestConfig(io.env);
    let notRemoved = 0;
    if (config !== undefined && request.remove.length > 0) {
      const { formatRemoved, removeDocuments } = await import("./remove-documents");
      const removed = await removeDocuments(request.remove, config.neo4j);
      io.stdout.write(formatRemoved(removed, config.neo4j.uri));
      notRemoved = removed.filter((r) => r.counts === undefined).length;
      if (request.paths.length === 0) return notRemoved > 0 ? EXIT_SKIPPED : EXIT_OK;
    }
    const summary = await ingestPaths(request.paths, {
      ...request.options,
      ...(config === undefined ? {} : { neo4j: config.neo4j }),
      onProgress: progress.update,
    });
    progress.stop();
    io.stdout.write(formatSummary(summary));
    return summary.skipped.length > 0 || notRemoved > 0 ? EXIT_SKIPPED : EXIT_OK;
  } catch (error) {
    progress.stop();
    if (error instanceof IngestError) {
      io.stderr.write(`ingest: ${error.message}\n`);
    } else {
      io.stderr.write(`ingest: unexpected error (a bug; please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return EXIT_ERROR;
  }
}

/**
 * A cli-progress bar on stderr, shown on a TTY or when there are more than a few documents: documents
 * done of all, characters per second and the time left (by documents).
 */
function createProgress(stream: CliIo["stderr"]): { update: (event: ProgressEvent) => void; stop: () => void } {
  let bar: cliProgress.SingleBar | undefined;
  let started = 0;
  let shown = false;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  const update = (event: ProgressEvent) => {
    if (!shown) {
      shown = true;
      if (stream.isTTY !== true && event.total <= 5) return;
      started = performance.now();
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: `${event.phase} [{bar}] {value}/{total} documents | {rate} chars/s | ETA {eta_formatted} | {file}`,
          noTTYOutput: true,
          notTTYSchedule: 5_000,
          hideCursor: true,
          clearOnComplete: false,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(event.total, event.done, { file: "", rate: "0" });
    }
    const seconds = (performance.now() - started) / 1000;
    bar?.update(event.done, { file: event.file, rate: seconds > 0 ? formatRate(event.chars / seconds) : "0" });
  };
  return { update, stop };
}

function formatRate(perSecond: number): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(0)} k`;
  return perSecond.toFixed(0);
}

/** The end-of-run summary: documents, nodes and relationships by kind, time, Neo4j counts, skipped files with reasons. */
export function formatSummary(summary: IngestSummary): string {
  const lines: string[] = [];
  const seconds = (summary.timeMs / 1000).toFixed(1);
  lines.push(`Ingested ${summary.documents} document${summary.documents === 1 ? "" : "s"} (${summary.chars.toLocaleString("en")} characters) in ${seconds} s`);
  const read = summary.documents - summary.unread;
  if (summary.unread > 0) lines.push(`Read and extracted ${read} of them; the counts below are of those ${read}:`);
  lines.push(`Nodes: ${summary.nodes}${breakdown(summary.nodesByLabel)}`);
  lines.push(`Relationships: ${summary.relationships}${breakdown(summary.relationshipsByType)}`);
  if (summary.out !== undefined) lines.push(`Graph JSON: ${summary.out}`);
  if (summary.load === undefined) {
    lines.push("Neo4j: not loaded (--no-db)");
  } else {
    const { documents: d, ...counts } = summary.load;
    lines.push(
      `Neo4j ${counts.uri}: ${d.loaded} loaded, ${d.replaced} replaced, ${d.unchanged} unchanged` +
        (summary.unread > 0 ? ` (${summary.unread} not read again: loaded before from the same file by this extractor)` : "") +
        "; " +
        `nodes +${counts.nodesCreated} −${counts.nodesDeleted}, relationships +${counts.relationshipsCreated} −${counts.relationshipsDeleted}`,
    );
  }
  if (summary.skipped.length > 0) {
    lines.push(`Skipped ${summary.skipped.length} file${summary.skipped.length === 1 ? "" : "s"}:`);
    for (const skipped of summary.skipped) lines.push(`  ${skipped.file}: ${skipped.reason}`);
  }
  return `${lines.join("\n")}\n`;
}

function breakdown(counts: Partial<Record<string, number>>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([name, n]) => `${name} ${n}`);
  return parts.length === 0 ? "" : ` (${parts.join(", ")})`;
}

function isMain(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
