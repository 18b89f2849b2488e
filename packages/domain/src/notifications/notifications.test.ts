import { describe, expect, it } from "vitest";
import { notificationEmail, notificationKinds } from "./notifications.ts";

describe("notification e-mail", () => {
  it("holds the link and nothing more than a fixed text for every kind", () => {
    for (const kind of notificationKinds) {
      const mail = notificationEmail(kind, "https://ariadne.example/referrals/inbox/abc");
      expect(mail.text).toContain("https://ariadne.example/referrals/inbox/abc");
      expect(mail.subject.startsWith("Ariadne: ")).toBe(true);
    }
  });
});
