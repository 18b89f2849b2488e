import { describe, expect, it } from "vitest";
import { passwordWeakness } from "./password-policy.ts";

const user = { email: "maria.virtanen@example.org", displayName: "Maria Virtanen" };

describe("passwordWeakness", () => {
  it("refuses a password from the breach list, whatever its case", () => {
    expect(passwordWeakness("qwertyuiop123", user)?.code).toBe("password_common");
    expect(passwordWeakness("1q2w3e4r5t6y", user)?.code).toBe("password_common");
    expect(passwordWeakness("PASSWORD1234", user)?.code).toBe("password_common");
  });

  it("refuses a listed password with a short suffix of digits or signs", () => {
    expect(passwordWeakness("sunshine2026!", user)?.code).toBe("password_common");
  });

  it("refuses one that repeats a few characters", () => {
    expect(passwordWeakness("aaaaaaaaaaaaaa", user)?.code).toBe("password_repetitive");
  });

  it("refuses one that contains the user's address or name", () => {
    expect(passwordWeakness("maria.virtanen-77", user)?.code).toBe("password_personal");
    expect(passwordWeakness("Virtanen-spring-rain", user)?.code).toBe("password_personal");
  });

  it("accepts a long passphrase nobody has used in a breach", () => {
    expect(passwordWeakness("lantern orbit cedar tundra", user)).toBeNull();
    expect(passwordWeakness("kJ7-p2Lq-ZZ9x-4mNv", user)).toBeNull();
  });
});
