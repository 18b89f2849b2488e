import { randomBytes, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import {
  adminDb,
  citusSetupStatements,
  distributedTableLinks,
  dumpDatabase,
  migrate,
  restoreDatabase,
  withSystem,
} from "@ariadne/db";
import { common } from "@ariadne/domain";
import { databaseIsEmpty, formatDemoCredentials, seedDemo } from "@ariadne/server/admin/seed-demo.ts";
import { appendAudit } from "@ariadne/server/audit/index.ts";
import { verifyAuditChains } from "@ariadne/server/audit/verify-chain.ts";
import { generatePassword, hashPassword } from "@ariadne/server/auth/passwords.ts";
import { runServer } from "@ariadne/server/cluster.ts";
import type { Config } from "@ariadne/server/config.ts";
import {
  type MasterKey,
  masterKeyFrom,
  parseMasterKey,
  rewrapDataKeys,
  writeMasterKeyFile,
} from "@ariadne/server/crypto/index.ts";
import { seedDemoProcurement } from "@ariadne/server/procurement/seed-demo-procurement.ts";
import { openConfiguredDatabase, openKeyring } from "@ariadne/server/start.ts";
import { seedDemoStatistics } from "@ariadne/server/stats/seed-demo-statistics.ts";
import { z } from "zod";

/** A CLI failure the user can act on: printed without a stack, exit code as given. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

async function withDatabase<T>(
  config: Config,
  fn: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>,
) {
  const db = await openConfiguredDatabase(config);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

export async function serveCommand(config: Config, io: Io) {
  const server = await runServer(config, io.out);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      io.out(`Received ${signal}; finishing requests and stopping.`);
      void server.stop().then(() => process.exit(0));
    });
  }
}

export async function migrateCommand(config: Config, io: Io) {
  await withDatabase(config, async (db) => {
    const report = await migrate(db);
    io.out(report.applied.length ? `Applied: ${report.applied.join(", ")}` : "Already up to date.");
    io.out(`Schema version ${report.version}.`);
  });
}

/** Prints the statements that distribute the migrated schema by municipality with Citus. */
export async function citusPlanCommand(config: Config, io: Io) {
  await withDatabase(config, async (db) => {
    await migrate(db);
    const statements = citusSetupStatements(await distributedTableLinks(db));
    io.out("-- Run once on the Citus coordinator, after `ariadne migrate`; see docs/operations.md.");
    for (const statement of statements) io.out(`${statement};`);
  });
}

export async function seedDemoCommand(config: Config, io: Io) {
  await withDatabase(config, async (db) => {
    await migrate(db);
    if (!(await databaseIsEmpty(db)))
      throw new CliError("the database already holds data; seed-demo runs only on an empty one");
    const keyring = await openKeyring(config, db);
    const seed = await seedDemo(db, keyring);
    await seedDemoStatistics(db, seed.municipalityId);
    await seedDemoProcurement(db, keyring, seed.municipalityId);
    io.out(formatDemoCredentials(seed));
  });
}

const CreateAdminArgs = z.object({ email: z.email(), name: common.singleLineText(200).min(1) });

export async function createAdminCommand(config: Config, io: Io, args: { email?: string; name?: string }) {
  const parsed = CreateAdminArgs.safeParse(args);
  if (!parsed.success) {
    throw new CliError(
      `create-admin: ${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ")}\nusage: ariadne create-admin --email ADDRESS --name "FULL NAME"`,
    );
  }
  await withDatabase(config, async (db) => {
    await migrate(db);
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    await withSystem(db, async (tx) => {
      if (await adminDb.emailTaken(tx, parsed.data.email))
        throw new CliError(`--email: ${parsed.data.email} is already in use`);
      const user = await adminDb.insertUser(tx, {
        id: randomUUID(),
        municipalityId: null,
        organisationId: null,
        email: parsed.data.email,
        displayName: parsed.data.name,
        role: "system_admin",
        passwordHash,
        mustChangePassword: true,
      });
      await appendAudit(tx, {
        municipalityId: null,
        actorId: null,
        actorName: "ariadne create-admin",
        action: "users.create",
        recordType: "user",
        recordId: user.id,
        outcome: "success",
        details: { role: "system_admin" },
      });
    });
    io.out(`System admin ${parsed.data.email} created. Initial password (shown once): ${password}`);
    io.out("Two-factor authentication (TOTP) is set up at the first sign-in.");
  });
}

export async function auditVerifyCommand(config: Config, io: Io) {
  await withDatabase(config, async (db) => {
    const report = await withSystem(db, (tx) => verifyAuditChains(tx));
    if (!report.ok) {
      const b = report.firstBreak!;
      io.err(
        `Audit chain BROKEN: chain ${b.chain}, entry ${b.chainIndex}${b.seq !== null ? ` (seq ${b.seq})` : ""}: ${b.reason.replaceAll("_", " ")}`,
      );
      throw new CliError("audit verification failed", 1);
    }
    io.out(`Audit chain intact: ${report.entries} entries in ${report.chains} chains.`);
    // Recording the heads elsewhere anchors the chain: even a rewritten history would not match them.
    for (const h of report.heads) io.out(`  head ${h.chain} #${h.index} ${h.hash}`);
  });
}

export async function keysRotateCommand(config: Config, io: Io, env: Record<string, string | undefined>) {
  await withDatabase(config, async (db) => {
    const keyring = await openKeyring(config, db);
    let next: MasterKey;
    if (config.masterKey) {
      const given = env.ARIADNE_NEW_MASTER_KEY;
      if (!given) {
        throw new CliError(
          "ARIADNE_MASTER_KEY is set: put the new key in ARIADNE_NEW_MASTER_KEY (32 bytes, base64 or hex), run again, then replace ARIADNE_MASTER_KEY with it",
        );
      }
      next = parseMasterKey(given);
    } else {
      if (!config.dataDir) throw new CliError("no data directory for the key file");
      next = masterKeyFrom(randomBytes(32));
    }
    const count = await withSystem(db, async (tx) => {
      const n = await rewrapDataKeys(tx, keyring.master, next);
      await appendAudit(tx, {
        municipalityId: null,
        actorId: null,
        actorName: "ariadne keys rotate",
        action: "keys.rotate",
        outcome: "success",
        details: { dataKeys: n, masterKeyId: next.id },
      });
      return n;
    });
    if (!config.masterKey && config.dataDir) writeMasterKeyFile(config.dataDir, next);
    io.out(`Re-wrapped ${count} data keys under the new master key ${next.id}.`);
    if (config.masterKey)
      io.out("Now set ARIADNE_MASTER_KEY to the value of ARIADNE_NEW_MASTER_KEY and restart.");
  });
}

export async function backupCommand(config: Config, io: Io, file: string | undefined) {
  if (!file) throw new CliError("usage: ariadne backup FILE");
  await withDatabase(config, async (db) => {
    if (existsSync(file)) throw new CliError(`${file} already exists; choose a new file name`);
    const stream = createWriteStream(file, { mode: 0o600, flags: "wx" });
    let writeError: Error | null = null;
    stream.on("error", (e) => {
      writeError = e;
    });
    const header = await dumpDatabase(db, (line) => {
      if (!stream.write(`${line}\n`)) return new Promise((r) => stream.once("drain", r));
    });
    await new Promise((resolve) => stream.end(resolve));
    if (writeError) throw new CliError(`cannot write ${file}: ${(writeError as Error).message}`, 1);
    const rows = header.tables.reduce((n, t) => n + t.rows, 0);
    io.out(
      `Backup written to ${file}: ${rows} rows in ${header.tables.length} tables, schema version ${header.schemaVersion}.`,
    );
    io.out(
      "The master key is not in the backup: keep it (or the data directory's master.key) safe separately.",
    );
  });
}

export async function restoreCommand(config: Config, io: Io, file: string | undefined) {
  if (!file) throw new CliError("usage: ariadne restore FILE");
  await withDatabase(config, async (db) => {
    await migrate(db);
    const input = createReadStream(file);
    const opened = new Promise<void>((resolve, reject) => {
      input.once("open", () => resolve());
      input.once("error", (e) => reject(new CliError(`cannot read ${file}: ${e.message}`)));
    });
    await opened;
    const header = await restoreDatabase(db, createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY }));
    const rows = header.tables.reduce((n, t) => n + t.rows, 0);
    io.out(`Restored ${rows} rows from ${file} (taken ${header.createdAt}).`);
    const report = await withSystem(db, (tx) => verifyAuditChains(tx));
    io.out(
      report.ok
        ? "Audit chain verified after restore."
        : "WARNING: the restored audit chain does not verify.",
    );
  });
}
