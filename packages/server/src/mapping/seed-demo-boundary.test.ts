import { randomBytes } from "node:crypto";
import { mappingDb, withTenant } from "@ariadne/db";
import { openTestDatabase } from "@ariadne/db/testing.ts";
import { mapping } from "@ariadne/domain";
import { expect, it } from "vitest";
import { seedDemo } from "../admin/seed-demo.ts";
import { Keyring, masterKeyFrom } from "../crypto/index.ts";
import { demoBoundary } from "./seed-demo-boundary.ts";

it("gives the demo municipality a valid boundary around every demo service", async () => {
  // The same checks as an import (RFC 7946 rings, no crossing, WGS84 ranges).
  expect(mapping.BoundaryImport.safeParse(demoBoundary).success).toBe(true);
  const db = await openTestDatabase();
  try {
    const seed = await seedDemo(db, new Keyring(masterKeyFrom(randomBytes(32))));
    const { boundary, places } = await withTenant(db, seed.municipalityId, async (tx) => ({
      boundary: (await mappingDb.getBoundary(tx, seed.municipalityId)).boundary,
      places: await tx.query<{ latitude: number; longitude: number }>(
        "select latitude, longitude from services where latitude is not null",
      ),
    }));
    expect(boundary).toEqual(demoBoundary);
    expect(places.length).toBeGreaterThan(5);
    for (const p of places)
      expect(
        mapping.pointInBoundary([p.longitude, p.latitude], demoBoundary),
        `${p.latitude}, ${p.longitude}`,
      ).toBe(true);
  } finally {
    await db.close();
  }
});
