import { describe, expect, it } from "vitest";
import { placeOf } from "./restored-notice.tsx";

describe("where a kept draft waits", () => {
  it("links a referral form's draft to the refer form of its case", () => {
    expect(placeOf("referral:c-1")).toEqual({ kind: "referral", to: "/referrals/inbox/new?case=c-1" });
  });

  it("links an outreach visit form's draft, new or of a visit, to that form", () => {
    expect(placeOf("outreach.form.new")).toEqual({ kind: "visit", to: "/prevention/visits/new" });
    expect(placeOf("outreach.form.v-7")).toEqual({ kind: "visit", to: "/prevention/visits/v-7" });
  });

  it("offers no link for a draft it does not know", () => {
    expect(placeOf("something:else")).toBeNull();
  });
});
