import { ReferralCreate } from "@ariadne/domain/referral/index.ts";
import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { checkForm } from "../../ui/validate.ts";
import { missingConsent, referralChecked } from "./refer-checks.ts";

const caseId = "7c1f3a52-6a8e-4a43-9d0e-8e4a3c2b1f00";
const shelter = "1c1f3a52-6a8e-4a43-9d0e-8e4a3c2b1f00";
const clinic = "2c1f3a52-6a8e-4a43-9d0e-8e4a3c2b1f00";
const t = ((key: string) => key) as TFunction;
const words = { chooseReceiver: "Choose the receiving organisation.", chooseStage: "Choose the stage." };

describe("the refer form's check", () => {
  it("asks to choose the stage when none is chosen or proposed, never with the validator's words", () => {
    const checked = referralChecked(
      checkForm(
        ReferralCreate,
        { caseId, receivingOrganisationId: shelter, stage: "", sharedFields: ["caseCode"], needs: [] },
        t,
      ),
      words,
    );
    expect(checked).toEqual({ ok: false, fields: { stage: "Choose the stage." } });
  });

  it("asks to choose the receiving organisation, never with the validator's words", () => {
    const checked = referralChecked(
      checkForm(
        ReferralCreate,
        { caseId, receivingOrganisationId: "", stage: "accommodation", sharedFields: [], needs: [] },
        t,
      ),
      words,
    );
    expect(checked).toEqual({
      ok: false,
      fields: { receivingOrganisationId: "Choose the receiving organisation." },
    });
  });
});

describe("the consent ground while drafting", () => {
  const consent = (
    organisationId: string | null,
    more: { withdrawnOn?: string; purpose?: "sharing" | "contact" } = {},
  ) => ({
    id: "c1",
    purpose: more.purpose ?? "sharing",
    organisationId,
    givenOn: "2026-12-01",
    withdrawnOn: more.withdrawnOn ?? null,
  });

  it("says that no consent to share is recorded on a new case", () => {
    expect(missingConsent([], "", "2026-12-06")).toBe("noConsentYet");
    expect(missingConsent([], shelter, "2026-12-06")).toBe("noConsentYet");
    expect(missingConsent([consent(shelter, { withdrawnOn: "2026-12-02" })], shelter, "2026-12-06")).toBe(
      "noConsentYet",
    );
    expect(missingConsent([consent(shelter, { purpose: "contact" })], "", "2026-12-06")).toBe("noConsentYet");
  });

  it("says when the consent recorded is for another receiver, and nothing when it holds or is unknown", () => {
    expect(missingConsent([consent(clinic)], shelter, "2026-12-06")).toBe("noConsentForReceiver");
    expect(missingConsent([consent(clinic)], "", "2026-12-06")).toBeNull();
    expect(missingConsent([consent(shelter)], shelter, "2026-12-06")).toBeNull();
    expect(missingConsent(null, shelter, "2026-12-06")).toBeNull();
  });
});
