import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { certificateCode, verifyCertificateCode } from "./certificate.ts";

const macWith = (key: string) => (m: string) => createHmac("sha256", key).update(m).digest("base64url");
const mac = macWith("server key");
const id = "3f0c7a52-9d1e-4b6a-8f3e-2a1b0c9d8e7f";

describe("certificate verification codes", () => {
  it("verifies a code it made, naming the completion", () => {
    const code = certificateCode(id, mac);
    expect(verifyCertificateCode(code, mac)).toEqual({ ok: true, completionId: id });
  });

  it("fails an altered code: another id with the same MAC, or a changed MAC", () => {
    const code = certificateCode(id, mac);
    const otherId = `${code.slice(0, 31)}${code[31] === "0" ? "1" : "0"}${code.slice(32)}`;
    expect(verifyCertificateCode(otherId, mac)).toEqual({ ok: false, reason: "forged" });
    const last = code.at(-1) === "A" ? "B" : "A";
    expect(verifyCertificateCode(`${code.slice(0, -1)}${last}`, mac)).toEqual({
      ok: false,
      reason: "forged",
    });
  });

  it("fails a code forged without the server's key", () => {
    const forged = certificateCode(id, macWith("a guess"));
    expect(verifyCertificateCode(forged, mac)).toEqual({ ok: false, reason: "forged" });
  });

  it("refuses what is not a code at all", () => {
    for (const junk of ["", "abc", `${id}-x`, `${certificateCode(id, mac)}-extra`])
      expect(verifyCertificateCode(junk, mac)).toEqual({ ok: false, reason: "malformed" });
  });
});
