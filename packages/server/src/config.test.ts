import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

const server = { DATABASE_URL: "postgres://ariadne@127.0.0.1:5432/ariadne" };

describe("database connections per server process", () => {
  it("shares ten among the machine's processes when none is set", () => {
    const pool = (workers: string) => loadConfig({ ...server, ARIADNE_WORKERS: workers }).databasePoolSize;
    expect(pool("1")).toBe(10);
    expect(pool("2")).toBe(5);
    expect(pool("3")).toBe(4);
    expect(pool("8")).toBe(2);
  });

  it("gives each process the DATABASE_POOL_SIZE that is set", () => {
    expect(loadConfig({ ...server, ARIADNE_WORKERS: "2", DATABASE_POOL_SIZE: "8" }).databasePoolSize).toBe(8);
    expect(loadConfig({ DATABASE_POOL_SIZE: "20" }).databasePoolSize).toBe(20);
  });

  it("refuses a pool size outside 2-200, naming the setting", () => {
    expect(() => loadConfig({ ...server, DATABASE_POOL_SIZE: "1" })).toThrow(/DATABASE_POOL_SIZE/);
  });
});
