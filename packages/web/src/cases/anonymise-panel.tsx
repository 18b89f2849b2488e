import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmStep } from "../ui/confirm-step.tsx";
import type { BodyProps } from "./case-props.ts";
import { casesApi } from "./cases-api.ts";

/** Erasure by anonymisation of a closed case, after a confirmation that says what stays. */
export function AnonymisePanel({ detail, onDone, onFailed }: BodyProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const person = detail.content?.person;
  if (!person) return null;

  async function anonymise(version: number) {
    setBusy(true);
    try {
      await casesApi.anonymise(detail.personId, version);
      await onDone(t("cases.anonymised"));
    } catch (e) {
      setBusy(false);
      await onFailed(e);
    }
  }

  return (
    <section className="panel" aria-labelledby="case-anonymise-title">
      <h2 id="case-anonymise-title">{t("cases.anonymiseTitle")}</h2>
      <p>{t("cases.anonymiseIntro")}</p>
      <ConfirmStep
        startLabel={t("cases.anonymiseStart")}
        confirmLabel={t("cases.anonymiseConfirm")}
        busy={busy}
        onConfirm={() => void anonymise(person.version)}
      >
        <p>{t("cases.anonymiseExplain")}</p>
        <p>{t("cases.anonymiseKeeps")}</p>
      </ConfirmStep>
    </section>
  );
}
