import { createRequire } from "node:module";
import type { Writable } from "node:stream";
import pg from "pg";

// pg's own value conversion (Dates, arrays, JSON), as its Query uses; pg ships no types for it.
const { prepareValue } = createRequire(import.meta.url)("pg/lib/utils.js") as {
  prepareValue: (value: unknown) => unknown;
};

/** The parts of node-postgres' connection a query writes to (pg/lib/connection.js). */
interface PgConnection {
  stream: Writable;
  parsedStatements: Record<string, string>;
  submittedNamedStatements: Record<string, string>;
  parse(msg: { name: string; text: string; types: unknown[] }): void;
  close(msg: { type: "S"; name: string }): void;
  bind(msg: { portal: string; statement: string; values: unknown[]; valueMapper: unknown }): void;
  describe(msg: { type: "P"; name: string }): void;
  execute(msg: { portal: string }): void;
  sync(): void;
}

export interface Statement {
  /** A prepared statement's name, or "" for the unnamed one (parsed on every use). */
  name: string;
  text: string;
}

interface PgMessage {
  fields: unknown[];
}

/** pg's Query as it is at run time (its published types leave out what a subclass overrides). */
interface PgQuery {
  values?: unknown[];
  submit(connection: PgConnection): Error | null;
  handleDataRow(msg: PgMessage): void;
  handleCommandComplete(msg: unknown, connection: PgConnection): void;
  handleError(err: Error, connection: PgConnection): void;
}
const QueryBase = pg.Query as unknown as new (
  config: { text: string; values: unknown[] },
  values: undefined,
  callback: (err: Error | undefined, result: pg.QueryResult) => void,
) => PgQuery;

/**
 * One statement preceded by parameterless "prelude" statements (the tenant and read-only settings),
 * all before a single Sync: PostgreSQL runs them as one implicit transaction, so settings made
 * local by the preludes hold for the statement and end with it. The whole exchange is one write
 * and one answer, where BEGIN … COMMIT takes two writes and three answers. Used for reads at
 * READ COMMITTED, where every statement takes its own snapshot anyway.
 *
 * A subclass of pg's Query, as a pipelined client accepts only those. It has no `name` of its own,
 * so it keeps the connection's record of prepared statements itself.
 */
export class PreludedQuery extends QueryBase {
  readonly #preludes: Statement[];
  readonly #statement: Statement;
  readonly #parsedHere: string[] = [];
  #preludesLeft: number;

  constructor(
    preludes: Statement[],
    statement: Statement,
    values: unknown[],
    callback: (err: Error | undefined, result: pg.QueryResult) => void,
  ) {
    super({ text: statement.text, values }, undefined, callback);
    this.#preludes = preludes;
    this.#statement = statement;
    this.#preludesLeft = preludes.length;
  }

  override submit(connection: PgConnection): Error | null {
    connection.stream.cork();
    try {
      for (const p of this.#preludes) {
        this.#ensureParsed(connection, p);
        connection.bind({ portal: "", statement: p.name, values: [], valueMapper: prepareValue });
        connection.execute({ portal: "" });
      }
      this.#ensureParsed(connection, this.#statement);
      connection.bind({
        portal: "",
        statement: this.#statement.name,
        values: this.values ?? [],
        valueMapper: prepareValue,
      });
      connection.describe({ type: "P", name: "" });
      connection.execute({ portal: "" });
      connection.sync();
    } catch (err) {
      return err as Error;
    } finally {
      connection.stream.uncork();
    }
    return null;
  }

  // The preludes' rows and completions come first and are not the caller's result.
  override handleDataRow(msg: PgMessage): void {
    if (this.#preludesLeft === 0) super.handleDataRow(msg);
  }

  override handleCommandComplete(msg: unknown, connection: PgConnection): void {
    if (this.#preludesLeft > 0) this.#preludesLeft--;
    else super.handleCommandComplete(msg, connection);
  }

  override handleError(err: Error, connection: PgConnection): void {
    // A statement parsed in this exchange may or may not exist now: parse it afresh next time.
    for (const name of this.#parsedHere) delete connection.parsedStatements[name];
    super.handleError(err, connection);
  }

  #ensureParsed(connection: PgConnection, s: Statement) {
    if (s.name === "") {
      connection.parse({ name: "", text: s.text, types: [] });
      return;
    }
    const known = connection.parsedStatements[s.name] ?? connection.submittedNamedStatements[s.name];
    if (known === s.text) return;
    // Closing a statement that does not exist is no error; one left by a failed exchange goes.
    connection.close({ type: "S", name: s.name });
    connection.parse({ name: s.name, text: s.text, types: [] });
    connection.parsedStatements[s.name] = s.text;
    this.#parsedHere.push(s.name);
  }
}
