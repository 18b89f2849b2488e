import {
  ContractFacts,
  cpvTexts,
  labourFactors,
  procurementTexts,
} from "@ariadne/domain/procurement/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { useDomainLocale } from "../i18n/use-domain-locale.ts";
import { countriesByName } from "../ui/code-names.ts";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { errorText, SelectField, TextField } from "../ui/index.ts";
import { checkForm } from "../ui/validate.ts";
import { procurementApi, type Reference } from "./procurement-api.ts";

interface SupplierRow {
  id: string;
  name: string;
  businessId: string;
  tier: string;
  country: string;
  contactEmail: string;
}

const newSupplier = (tier = "0"): SupplierRow => ({
  id: crypto.randomUUID(),
  name: "",
  businessId: "",
  tier,
  country: "",
  contactEmail: "",
});

/** Registering a contract: its facts as the risk screen reads them (issue 16, item 1). */
export function ContractForm({ reference }: { reference: Reference }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  // The CPV titles in the reader's language (English where it has none), following a switch.
  const domainLocale = useDomainLocale();
  // Kept on the device until the contract is registered: a session that ends mid-form loses nothing.
  const draft = "procurement-contract:new";
  const [v, setV] = useDraftField(draft, "values", {
    title: "",
    cpvCode: "",
    stage: "planned",
    valueEur: "",
    lengthMonths: "",
    country: "",
  });
  const [factors, setFactors] = useDraftField<string[]>(draft, "factors", []);
  const [firstSupplier] = useState(() => newSupplier());
  const [suppliers, setSuppliers] = useDraftField<SupplierRow[]>(draft, "suppliers", [firstSupplier]);
  const discard = useDiscardDraft(draft);
  const [failure, setFailure] = useState<string | null>(null);
  const values = () => ({
    title: v.title,
    cpvCode: v.cpvCode,
    stage: v.stage,
    valueEur: v.valueEur ? Number(v.valueEur) : undefined,
    lengthMonths: v.lengthMonths ? Number(v.lengthMonths) : undefined,
    countries: v.country ? [v.country] : [],
    labourProfile: factors,
    suppliers: suppliers
      .filter((s) => s.name.trim() !== "")
      .map((s) => ({
        id: s.id,
        name: s.name,
        tier: Number(s.tier),
        ...(s.businessId ? { businessId: s.businessId } : {}),
        ...(s.country ? { country: s.country } : {}),
        ...(s.contactEmail ? { contactEmail: s.contactEmail } : {}),
      })),
  });
  const check = () => checkForm(ContractFacts, values(), t);
  const form = useFormSubmit(
    check,
    async (facts, key) => {
      const created = await procurementApi.create(facts, key);
      discard();
      navigate(`/procurement/${created.id}`, {
        state: { notice: t("procurement.created", { title: created.facts.title }) },
      });
    },
    (e) => setFailure(errorText(t, e)),
  );
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const countries = countriesByName(i18n.language);
  const setSupplier = (i: number, patch: Partial<SupplierRow>) =>
    setSuppliers(suppliers.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <FormPanel
      title={t("procurement.createTitle")}
      submitLabel={t("procurement.createSubmit")}
      busy={form.busy}
      onSubmit={form.submit}
      error={form.error ?? failure}
    >
      <TextField
        label={t("procurement.fields.title")}
        value={v.title}
        onChange={set("title")}
        error={form.fields.title}
      />
      <SelectField
        label={t("procurement.fields.cpvCode")}
        hint={`${t("procurement.fields.cpvHint", { source: reference.cpv.source.version })} · ${procurementTexts.text(domainLocale, ["cpvTitles"])}`}
        value={v.cpvCode}
        onChange={set("cpvCode")}
        error={form.fields.cpvCode}
      >
        <option value="">{t("procurement.fields.chooseCpv")}</option>
        {reference.cpv.groups.map((g) => (
          <option key={g.code} value={`${g.code}00000`}>
            {g.code} {cpvTexts.text(domainLocale, [g.code])}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("procurement.fields.stage")} value={v.stage} onChange={set("stage")}>
        {(["planned", "running", "ended"] as const).map((s) => (
          <option key={s} value={s}>
            {t(`procurement.stages.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("procurement.fields.valueEur")}
        inputMode="numeric"
        value={v.valueEur}
        onChange={set("valueEur")}
        error={form.fields.valueEur}
      />
      <TextField
        label={t("procurement.fields.lengthMonths")}
        inputMode="numeric"
        value={v.lengthMonths}
        onChange={set("lengthMonths")}
        error={form.fields.lengthMonths}
      />
      <SelectField label={t("procurement.fields.country")} value={v.country} onChange={set("country")}>
        <option value="">{t("procurement.fields.noCountry")}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <fieldset className="field">
        <legend>{t("procurement.fields.labourProfile")}</legend>
        {labourFactors.map((f) => (
          <label key={f} className="field-check">
            <input
              type="checkbox"
              checked={factors.includes(f)}
              onChange={(e) =>
                setFactors(e.target.checked ? [...factors, f] : factors.filter((x) => x !== f))
              }
            />{" "}
            {t(`procurement.factors.${f}`)}
          </label>
        ))}
      </fieldset>
      <h3>{t("procurement.suppliers.title")}</h3>
      {suppliers.map((s, i) => (
        <fieldset key={s.id} className="field supplier-row">
          <legend>{t("procurement.suppliers.legend", { n: i + 1 })}</legend>
          <TextField
            label={t("procurement.suppliers.name")}
            value={s.name}
            onChange={(e) => setSupplier(i, { name: e.target.value })}
          />
          <TextField
            label={t("procurement.suppliers.businessId")}
            value={s.businessId}
            onChange={(e) => setSupplier(i, { businessId: e.target.value })}
          />
          <SelectField
            label={t("procurement.suppliers.tier")}
            value={s.tier}
            onChange={(e) => setSupplier(i, { tier: e.target.value })}
          >
            {(["0", "1", "2", "3"] as const).map((n) => (
              <option key={n} value={n}>
                {t(`procurement.suppliers.tiers.${n}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("procurement.fields.country")}
            value={s.country}
            onChange={(e) => setSupplier(i, { country: e.target.value })}
          >
            <option value="">{t("procurement.fields.noCountry")}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("procurement.suppliers.contactEmail")}
            type="email"
            value={s.contactEmail}
            onChange={(e) => setSupplier(i, { contactEmail: e.target.value })}
          />
          {suppliers.length > 1 ? (
            <button
              type="button"
              className="button"
              onClick={() => setSuppliers(suppliers.filter((_, j) => j !== i))}
            >
              {t("procurement.suppliers.remove", { n: i + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => setSuppliers([...suppliers, newSupplier(String(Math.min(3, suppliers.length)))])}
        >
          {t("procurement.suppliers.add")}
        </button>
      </div>
    </FormPanel>
  );
}
