import { randomBytes, randomUUID } from "node:crypto";
import type { Queryable } from "@ariadne/db";
import {
  blindIndex,
  decryptField,
  deriveIndexKey,
  encryptField,
  parseFieldVersion,
  unwrapDataKey,
  wrapDataKey,
} from "./envelope.ts";
import type { MasterKey } from "./master-key.ts";

/** A municipality's (or the system's) field encryption, bound to its data keys. */
export interface FieldCipher {
  encrypt(field: string, plaintext: string): string;
  decrypt(field: string, ciphertext: string): string;
  blindIndex(field: string, value: string): string;
}

interface ScopeKeys {
  current: { version: number; key: Buffer };
  byVersion: Map<number, Buffer>;
  indexKey: Buffer;
}

export class KeyMismatchError extends Error {}

const systemScope = "system";

/**
 * Holds the master key and unwraps data keys on first use per scope. Data keys are created
 * lazily (one per municipality) inside the caller's transaction, under row-level security.
 */
export class Keyring {
  private readonly cache = new Map<string, ScopeKeys>();

  constructor(readonly master: MasterKey) {}

  /** `municipalityId` null is the system scope (e.g. system admins' TOTP secrets). */
  async cipherFor(tx: Queryable, municipalityId: string | null): Promise<FieldCipher> {
    const scope = municipalityId ?? systemScope;
    let keys = this.cache.get(scope);
    if (!keys) {
      keys = await this.loadOrCreate(tx, municipalityId);
      this.cache.set(scope, keys);
    }
    const k = keys;
    const context = (field: string) => `${scope}:${field}`;
    return {
      encrypt: (field, plaintext) =>
        encryptField(k.current.key, k.current.version, context(field), plaintext),
      decrypt: (field, ciphertext) => {
        const key = k.byVersion.get(parseFieldVersion(ciphertext));
        if (!key) throw new KeyMismatchError(`no data key version for field ${field}`);
        return decryptField(key, context(field), ciphertext);
      },
      blindIndex: (field, value) => blindIndex(k.indexKey, field, value),
    };
  }

  /** Checks at start that the master key opens the stored data keys, naming the setting if not. */
  async verify(tx: Queryable): Promise<void> {
    const rows = await tx.query<{ master_key_id: string }>("select distinct master_key_id from data_keys");
    const foreign = rows.filter((r) => r.master_key_id !== this.master.id);
    if (foreign.length > 0) {
      throw new KeyMismatchError(
        "ARIADNE_MASTER_KEY (or the data directory's master.key) is not the key that wrapped this database's data keys",
      );
    }
  }

  private async loadOrCreate(tx: Queryable, municipalityId: string | null): Promise<ScopeKeys> {
    const scope = municipalityId ?? systemScope;
    let rows = await this.readKeys(tx, municipalityId);
    if (rows.length === 0) {
      const dataKey = randomBytes(32);
      await tx.query(
        `insert into data_keys (id, municipality_id, version, wrapped_key, master_key_id)
         values ($1, $2, 1, $3, $4) on conflict do nothing`,
        [randomUUID(), municipalityId, wrapDataKey(this.master.key, dataKey, scope), this.master.id],
      );
      rows = await this.readKeys(tx, municipalityId);
    }
    const byVersion = new Map<number, Buffer>();
    for (const row of rows) {
      if (row.master_key_id !== this.master.id) {
        throw new KeyMismatchError("the master key does not match the one that wrapped the data keys");
      }
      byVersion.set(row.version, unwrapDataKey(this.master.key, row.wrapped_key, scope));
    }
    const newest = rows.at(-1)!;
    const first = byVersion.get(rows[0]!.version)!;
    // The blind-index key comes from the first data key so indexes stay stable across versions.
    return {
      current: { version: newest.version, key: byVersion.get(newest.version)! },
      byVersion,
      indexKey: deriveIndexKey(first),
    };
  }

  private readKeys(tx: Queryable, municipalityId: string | null) {
    return tx.query<{ version: number; wrapped_key: string; master_key_id: string }>(
      `select version, wrapped_key, master_key_id from data_keys
       where municipality_id is not distinct from $1 order by version`,
      [municipalityId],
    );
  }
}

/**
 * Re-wraps every data key under a new master key in one transaction (`ariadne keys rotate`).
 * Data stays encrypted under the same data keys, so no record is rewritten.
 */
export async function rewrapDataKeys(
  tx: Queryable,
  oldMaster: MasterKey,
  newMaster: MasterKey,
): Promise<number> {
  const rows = await tx.query<{
    id: string;
    municipality_id: string | null;
    wrapped_key: string;
    master_key_id: string;
  }>("select id, municipality_id, wrapped_key, master_key_id from data_keys for update");
  for (const row of rows) {
    if (row.master_key_id !== oldMaster.id) {
      throw new KeyMismatchError("the current master key does not match the one that wrapped the data keys");
    }
    const scope = row.municipality_id ?? systemScope;
    const dataKey = unwrapDataKey(oldMaster.key, row.wrapped_key, scope);
    await tx.query("update data_keys set wrapped_key = $2, master_key_id = $3 where id = $1", [
      row.id,
      wrapDataKey(newMaster.key, dataKey, scope),
      newMaster.id,
    ]);
  }
  return rows.length;
}
