import { parseArgs } from "node:util";
import { BackupError, MigrationError } from "@ariadne/db";
import { i18n } from "@ariadne/domain";
import { ConfigError, loadConfig } from "@ariadne/server/config.ts";
import { KeyMismatchError, MasterKeyError } from "@ariadne/server/crypto/index.ts";
import {
  auditVerifyCommand,
  backupCommand,
  CliError,
  citusPlanCommand,
  createAdminCommand,
  type Io,
  keysRotateCommand,
  migrateCommand,
  restoreCommand,
  seedDemoCommand,
  serveCommand,
} from "./commands.ts";
import { referralsCommand } from "./referrals.ts";
import { retentionCommand } from "./retention.ts";
import { indicatorsCommand, screenCommand } from "./screening/commands.ts";
import { statsCommand } from "./stats.ts";

const usage = `Ariadne — a municipality's local response to human trafficking

usage: ariadne COMMAND

  serve                          run the web app and API (default port 3000)
  migrate                        apply pending database migrations
  citus-plan                     print the statements that distribute the schema by municipality (Citus)
  create-admin --email E --name N  create a system admin (initial password shown once)
  seed-demo                      seed the demo municipality into an empty database
  audit verify                   check the audit log's hash chain; exit 1 at the first broken link
  keys rotate                    re-wrap all data keys under a new master key
  retention run [--dry-run]      anonymise closed cases past each municipality's retention period
  referrals overdue [--dry-run]  flag unanswered referrals past their response time to coordinators
  backup FILE                    write a consistent dump of the database to FILE
  restore FILE                   restore a dump into an empty database
  screen [FILE|-] [--lang xx]    evaluate a screening (JSON in, JSON out, or text with --lang in any of
                                 ${i18n.localeIds.join(", ")}; the assistance signal and the ILO/EC outcome;
                                 see docs/screening-format.md)
  stats import-ctdc FILE [--report R]
                                 import a CTDC-format CSV into the analysis space (apart from casework),
                                 with progress; rejected lines (line, column, reason) go to FILE.errors.csv
  indicators [--lang xx] [--json] [--catalogue catalogue-v2]
                                 print the indicator catalogue (any language above; catalogue-v1 by default)

Configuration comes from the environment; see the README.`;

export async function runCli(argv: string[], io: Io, env = process.env): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      lang: { type: "string" },
      catalogue: { type: "string" },
      json: { type: "boolean" },
      "dry-run": { type: "boolean" },
      report: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, sub, arg] = positionals;
  if (!command || values.help) {
    io.out(usage);
    return command || values.help ? 0 : 2;
  }
  try {
    // Screening needs no database or configuration: it is pure domain logic.
    if (command === "screen") {
      await screenCommand(io, sub, { lang: values.lang as string | undefined });
      return 0;
    }
    if (command === "indicators") {
      await indicatorsCommand(io, {
        lang: values.lang as string | undefined,
        json: values.json as boolean | undefined,
        catalogue: values.catalogue as string | undefined,
      });
      return 0;
    }
    const config = loadConfig(env);
    switch (command) {
      case "serve":
        await serveCommand(config, io);
        return -1; // keep running
      case "migrate":
        await migrateCommand(config, io);
        return 0;
      case "citus-plan":
        await citusPlanCommand(config, io);
        return 0;
      case "seed-demo":
        await seedDemoCommand(config, io);
        return 0;
      case "create-admin":
        await createAdminCommand(config, io, {
          email: values.email as string | undefined,
          name: values.name as string | undefined,
        });
        return 0;
      case "audit":
        if (sub !== "verify") throw new CliError("usage: ariadne audit verify");
        await auditVerifyCommand(config, io);
        return 0;
      case "keys":
        if (sub !== "rotate") throw new CliError("usage: ariadne keys rotate");
        await keysRotateCommand(config, io, env);
        return 0;
      case "retention":
        await retentionCommand(config, io, sub, Boolean(values["dry-run"]));
        return 0;
      case "referrals":
        await referralsCommand(config, io, sub, Boolean(values["dry-run"]));
        return 0;
      case "stats":
        await statsCommand(config, io, sub, arg, { report: values.report as string | undefined });
        return 0;
      case "backup":
        await backupCommand(config, io, sub);
        return 0;
      case "restore":
        await restoreCommand(config, io, sub ?? arg);
        return 0;
      default:
        throw new CliError(`unknown command "${command}"\n\n${usage}`);
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`ariadne: ${e.message}`);
      return e.exitCode;
    }
    if (e instanceof ConfigError || e instanceof MasterKeyError || e instanceof KeyMismatchError) {
      io.err(`ariadne: ${e.message}`);
      return 78; // EX_CONFIG
    }
    if (e instanceof MigrationError || e instanceof BackupError) {
      io.err(`ariadne: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

/** Entry point of the `ariadne` binary. */
export function runFromProcess() {
  const io: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (e: unknown) => {
      console.error("ariadne: unexpected error:", e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
