import type { CaseStatus } from "@ariadne/domain/cases/index.ts";
import {
  legalBases,
  proposeReferralStage,
  ReferralCreate,
  type SchemeStage,
  ServiceTypeSchema,
  type ShareableField,
  schemeStages,
  serviceTypes,
  shareableFields,
} from "@ariadne/domain/referral/index.ts";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useMe } from "../../auth/index.ts";
import { casesApi } from "../../cases/cases-api.ts";
import { useDiscardDraft, useDraftField } from "../../drafts/use-draft.ts";
import { useFormSubmit } from "../../ui/form-panel.tsx";
import {
  Alert,
  CheckboxField,
  checkForm,
  errorText,
  Loading,
  Page,
  SelectField,
  translatedFieldErrors,
  useLoad,
} from "../../ui/index.ts";
import { TextAreaField } from "../../ui/textarea-field.tsx";
import { schemeApi } from "../scheme/scheme-api.ts";
import { missingConsent, referralChecked } from "./refer-checks.ts";
import { referralsApi } from "./referrals-api.ts";

/** The fields ticked by default: enough to find the right service, nothing that names the person. */
const defaultFields: ShareableField[] = ["caseCode", "ageBand", "gender", "languages", "needs"];

/** Before identification as a presumed victim, help starts at the pathway's first stage. */
const firstContactStatuses: ReadonlySet<string> = new Set<CaseStatus>([
  "concern_raised",
  "screening",
  "potential_victim",
]);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The "refer" form at /referrals/inbox/new?case=<caseId>: to which organisation (and service), at
 * which stage of the pathway, which fields to share, and on what ground. It saves a draft; the
 * referral page sends it once the consent gate is passed.
 */
export function ReferForm() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const caseId = params.get("case") ?? "";
  const caseNamed = uuidPattern.test(caseId);
  // Kept on the device (encrypted) until sent: a session that ends meanwhile loses nothing.
  const draft = `referral:${caseId}`;
  const discard = useDiscardDraft(draft);
  const [state] = useLoad(
    async () => ({
      organisations: await referralsApi.organisations(),
      services: await referralsApi.services(),
      // The case's consents, to say while drafting whether the consent ground will hold at Send, and
      // its status, to propose the stage; null when they cannot be read (the form works without).
      case: caseNamed
        ? await casesApi.get(caseId).then(
            (c) => ({ consents: c.content?.consents ?? null, status: c.status }),
            () => null,
          )
        : null,
      // Who the municipality's pathway names at each stage, to propose the stage; none if unread.
      schemeSteps: await schemeApi.get().then(
        (s) => s.steps,
        () => [],
      ),
    }),
    "refer",
  );
  const [receiver, setReceiver] = useDraftField(draft, "receiver", "");
  const [serviceId, setServiceId] = useDraftField(draft, "serviceId", "");
  // "" until the worker chooses: till then the stage proposed from what is known stands (below).
  const [keptStage, setStage] = useDraftField<SchemeStage | "">(draft, "stage", "");
  const chosenStage = (schemeStages as readonly string[]).includes(keptStage) ? keptStage : "";
  const [fields, setFields] = useDraftField<ShareableField[]>(draft, "fields", defaultFields);
  const [needs, setNeeds] = useDraftField<string[]>(draft, "needs", []);
  const [notesSummary, setNotesSummary] = useDraftField(draft, "notesSummary", "");
  const [ground, setGround] = useDraftField<"consent" | "legal_basis">(draft, "ground", "consent");
  const [basis, setBasis] = useDraftField<string>(draft, "basis", legalBases[0]);
  const [basisReason, setBasisReason] = useDraftField(draft, "basisReason", "");
  // A failure about no field (the network, a refusal); field errors show at their fields.
  const [failure, setFailure] = useState<unknown>(null);
  // A second submission of the same values (a double click) gets the first one's answer; once the
  // first has moved on to the referral, the second must not navigate again.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const toggle = <T extends string>(list: T[], value: T, on: boolean) =>
    on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

  const service = state.data?.services.find((s) => s.id === serviceId);
  const serviceType = ServiceTypeSchema.safeParse(service?.type);
  const caseStatus = state.data?.case?.status;
  const proposal = proposeReferralStage({
    steps: state.data?.schemeSteps ?? [],
    receivingOrganisationId: receiver,
    serviceType: serviceType.success ? serviceType.data : null,
    // An unread case is not taken for one at first contact: the worker then chooses.
    atFirstContact: caseStatus !== undefined && firstContactStatuses.has(caseStatus),
  });
  const stage = chosenStage || proposal?.stage || "";

  const values = {
    caseId,
    receivingOrganisationId: receiver,
    ...(serviceId ? { serviceId } : {}),
    stage,
    sharedFields: fields,
    needs,
    ...(fields.includes("notesSummary") ? { notesSummary } : {}),
    ...(ground === "legal_basis" ? { legalBasis: { basis, reason: basisReason } } : {}),
  };
  // Checked before sending, as the API checks it, so that the user gets field errors in their own
  // language (never the validator's "Invalid UUID") and focus on the first one, as on other forms.
  const form = useFormSubmit(
    () =>
      referralChecked(checkForm(ReferralCreate, values, t), {
        chooseReceiver: t("referral.referrals.chooseReceiver"),
        chooseStage: t("referral.referrals.chooseStage"),
      }),
    async (data, key) => {
      setFailure(null);
      // The same values sent again (a double click, a retry) carry the same key: one referral.
      const created = await referralsApi.create(data, key);
      if (!mounted.current) return;
      discard();
      // Replace: Back leads to the case, not to the sent form, so nothing is sent twice.
      navigate(`/referrals/inbox/${created.id}`, { replace: true });
    },
    (err) => {
      if (!mounted.current) return;
      const marked = translatedFieldErrors(t, err);
      if (Object.keys(marked).length > 0) form.setFields(marked);
      else setFailure(err);
    },
  );
  const { busy, fields: issues, submit } = form;

  // Without a case in the address there is nothing to refer: say where to start instead of a form.
  if (!caseNamed)
    return (
      <Page title={t("referral.referrals.newTitle")}>
        <Alert tone="info">{t("referral.referrals.noCase")}</Alert>
        <p>
          <Link className="button" to="/cases">
            {t("referral.referrals.chooseCase")}
          </Link>
        </p>
      </Page>
    );
  if (state.status === "failed") return <Alert tone="error">{errorText(t, state.error)}</Alert>;
  if (!state.data) return <Loading />;
  const organisations = state.data.organisations.filter((o) => o.id !== me.organisationId);
  const services = state.data.services.filter((s) => s.organisationId === receiver);
  const consentMissing =
    ground === "consent" ? missingConsent(state.data.case?.consents ?? null, receiver) : null;
  const receiverName = organisations.find((o) => o.id === receiver)?.name ?? "";
  // Says why the stage shown was proposed, until the worker chooses one themselves.
  const stageHint =
    !chosenStage && proposal
      ? t(`referral.referrals.stageProposed.${proposal.basis}`, { organisation: receiverName })
      : undefined;

  return (
    <Page title={t("referral.referrals.newTitle")} intro={t("referral.referrals.newIntro")}>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      {failure ? <Alert tone="error">{errorText(t, failure)}</Alert> : null}
      <form className="form refer-form" noValidate onSubmit={(e) => void submit(e)}>
        <SelectField
          label={t("referral.referrals.receiver")}
          value={receiver}
          required
          error={issues.receivingOrganisationId}
          onChange={(e) => {
            setReceiver(e.target.value);
            setServiceId("");
          }}
        >
          <option value="">{t("referral.referrals.choose")}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("referral.referrals.service")}
          value={serviceId}
          error={issues.serviceId}
          disabled={!receiver}
          onChange={(e) => setServiceId(e.target.value)}
        >
          <option value="">{t("referral.referrals.anyService")}</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("referral.referrals.stage")}
          value={stage}
          required
          hint={stageHint}
          error={issues.stage}
          onChange={(e) => setStage(e.target.value as SchemeStage | "")}
        >
          {stage === "" ? <option value="">{t("referral.referrals.choose")}</option> : null}
          {schemeStages.map((s) => (
            <option key={s} value={s}>
              {t(`referral.scheme.stages.${s}`)}
            </option>
          ))}
        </SelectField>
        <fieldset className="checkbox-set">
          <legend>{t("referral.referrals.fieldsLegend")}</legend>
          <p className="field-hint">{t("referral.referrals.fieldsHint")}</p>
          {shareableFields.map((f) => (
            <CheckboxField
              key={f}
              label={t(`referral.referrals.fields.${f}`)}
              checked={fields.includes(f)}
              onChange={(e) => setFields((list) => toggle(list, f, e.target.checked))}
            />
          ))}
          {issues.sharedFields ? <p className="field-error">{issues.sharedFields}</p> : null}
        </fieldset>
        {fields.includes("needs") ? (
          <fieldset className="checkbox-set">
            <legend>{t("referral.referrals.needsLegend")}</legend>
            {serviceTypes.map((type) => (
              <CheckboxField
                key={type}
                label={t(`referral.services.types.${type}`)}
                checked={needs.includes(type)}
                onChange={(e) => setNeeds((list) => toggle(list, type, e.target.checked))}
              />
            ))}
          </fieldset>
        ) : null}
        {fields.includes("notesSummary") ? (
          <TextAreaField
            label={t("referral.referrals.notesSummary")}
            hint={t("referral.referrals.notesSummaryHint")}
            value={notesSummary}
            maxLength={2000}
            error={issues.notesSummary}
            onChange={(e) => setNotesSummary(e.target.value)}
          />
        ) : null}
        <fieldset className="checkbox-set">
          <legend>{t("referral.referrals.groundLegend")}</legend>
          <div className="field field-check">
            <input
              id="ground-consent"
              type="radio"
              name="ground"
              checked={ground === "consent"}
              onChange={() => setGround("consent")}
            />
            <label htmlFor="ground-consent">{t("referral.referrals.groundConsent")}</label>
          </div>
          {consentMissing ? (
            <Alert tone="info">
              {t(`referral.referrals.${consentMissing}`)}{" "}
              <Link to={`/cases/${caseId}`}>{t("referral.referrals.recordConsent")}</Link>
            </Alert>
          ) : null}
          <div className="field field-check">
            <input
              id="ground-legal"
              type="radio"
              name="ground"
              checked={ground === "legal_basis"}
              onChange={() => setGround("legal_basis")}
            />
            <label htmlFor="ground-legal">{t("referral.referrals.groundLegal")}</label>
          </div>
        </fieldset>
        {ground === "legal_basis" ? (
          <>
            <SelectField
              label={t("referral.referrals.legalBasis")}
              value={basis}
              onChange={(e) => setBasis(e.target.value)}
            >
              {legalBases.map((b) => (
                <option key={b} value={b}>
                  {t(`referral.referrals.legalBases.${b}`)}
                </option>
              ))}
            </SelectField>
            <TextAreaField
              label={t("referral.referrals.legalReason")}
              hint={t("referral.referrals.legalReasonHint")}
              value={basisReason}
              maxLength={2000}
              error={issues.legalBasis}
              onChange={(e) => setBasisReason(e.target.value)}
            />
          </>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("referral.referrals.saveDraft")}
          </button>
          <Link className="button button-quiet" to={`/cases/${caseId}`}>
            {t("referral.referrals.backToCase")}
          </Link>
        </div>
      </form>
    </Page>
  );
}
