import { createReadStream, createWriteStream, statSync } from "node:fs";
import { basename } from "node:path";
import { migrate } from "@ariadne/db";
import type { Config } from "@ariadne/server/config.ts";
import { openConfiguredDatabase } from "@ariadne/server/start.ts";
import { importCtdcStream } from "@ariadne/server/stats/ctdc-import.ts";
import { CliError, type Io } from "./commands.ts";

const usage = "usage: ariadne stats import-ctdc FILE [--report REPORT.csv]";

const reportCell = (v: string | number | null) => {
  const s = v === null ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/**
 * `ariadne stats import-ctdc FILE`: streams a CTDC-format CSV into the analysis space with a
 * progress bar, writes every rejected line to a report (line, column, reason; FILE.errors.csv by
 * default) and ends with the rows read, imported and rejected. Works on a fresh data directory.
 */
export async function statsCommand(
  config: Config,
  io: Io,
  sub: string | undefined,
  file: string | undefined,
  options: { report?: string | undefined; tty?: boolean } = {},
) {
  if (sub !== "import-ctdc" || !file) throw new CliError(usage);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new CliError(`cannot read ${file}`);
  }
  const reportPath = options.report ?? `${file}.errors.csv`;
  const report = createWriteStream(reportPath);
  report.write("line,column,reason\n");
  const db = await openConfiguredDatabase(config);
  const tty = options.tty ?? Boolean(process.stderr.isTTY);
  let shownStep = -1;
  const progress = (bytes: number, rows: number) => {
    const share = size === 0 ? 1 : bytes / size;
    if (tty) {
      const filled = Math.round(share * 30);
      process.stderr.write(
        `\r[${"#".repeat(filled)}${".".repeat(30 - filled)}] ${Math.floor(share * 100)} % ${rows.toLocaleString("en")} rows`,
      );
      return;
    }
    const step = Math.floor(share * 10);
    if (step > shownStep) {
      shownStep = step;
      io.err(`importing ${basename(file)}: ${step * 10} % (${rows} rows)`);
    }
  };
  try {
    await migrate(db);
    const result = await importCtdcStream(
      db,
      createReadStream(file, { highWaterMark: 256 * 1024 }),
      basename(file),
      {
        onProgress: progress,
        onIssue: (i) => report.write(`${[i.line, i.column, i.reason].map(reportCell).join(",")}\n`),
      },
    );
    if (tty) process.stderr.write("\n");
    await new Promise<void>((resolve, reject) =>
      report.end((e?: Error | null) => (e ? reject(e) : resolve())),
    );
    io.out(`rows read ${result.read}, imported ${result.imported}, rejected ${result.rejected}`);
    if (result.rejected > 0 || result.fileIssue) io.out(`report of rejected lines: ${reportPath}`);
    if (result.fileIssue) {
      throw new CliError(
        `${file}${result.fileIssue.line ? `:${result.fileIssue.line}` : ""}: ${result.fileIssue.column ? `${result.fileIssue.column}: ` : ""}${result.fileIssue.reason}`,
        1,
      );
    }
  } finally {
    if (!report.closed) report.end();
    await db.close();
  }
}
