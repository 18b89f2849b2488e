import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { deviceDraftKey } from "./device-draft-key.ts";
import { masterKeyFrom } from "./master-key.ts";

describe("deviceDraftKey", () => {
  const master = masterKeyFrom(randomBytes(32));
  it("is the same for a user every time, and another for another user or master key", () => {
    const a = deviceDraftKey(master, "5b0c3a7e-0000-4000-8000-000000000001");
    expect(deviceDraftKey(master, "5b0c3a7e-0000-4000-8000-000000000001")).toBe(a);
    expect(deviceDraftKey(master, "5b0c3a7e-0000-4000-8000-000000000002")).not.toBe(a);
    expect(deviceDraftKey(masterKeyFrom(randomBytes(32)), "5b0c3a7e-0000-4000-8000-000000000001")).not.toBe(
      a,
    );
    expect(Buffer.from(a, "base64url")).toHaveLength(32);
  });
});
