import { serviceGenders, serviceTypes } from "@ariadne/domain/referral/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { currentLocale } from "../../i18n/index.ts";
import {
  Alert,
  CheckboxField,
  errorText,
  Page,
  SelectField,
  TextField,
  translatedFieldErrors,
} from "../../ui/index.ts";
import { FromCase } from "./from-case.tsx";
import { reasonText } from "./labels.ts";
import { type Ranking, servicesApi } from "./services-api.ts";

const numberOrUndefined = (v: string) => (v.trim() === "" ? undefined : Number(v.replace(",", ".")));

/** "Find services": a person's needs and profile → ranked services with reasons, and the left-out. */
export default function MatchPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [types, setTypes] = useState<string[]>([]);
  const [urgent, setUrgent] = useState(false);
  const [maxDistance, setMaxDistance] = useState("");
  const [gender, setGender] = useState("");
  const [age, setAge] = useState("");
  const [languages, setLanguages] = useState("");
  const [flags, setFlags] = useState({
    noDocuments: false,
    withChildren: false,
    needsWheelchairAccess: false,
  });
  const [lat, setLat] = useState("");
  const [lon, setLon] = useState("");
  const [result, setResult] = useState<Ranking | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [needType, setNeedType] = useState(false);
  const [filled, setFilled] = useState<{ code: string; band: string | null } | null>(null);
  const errors = translatedFieldErrors(t, failure);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    if (types.length === 0) {
      setNeedType(true);
      return;
    }
    setNeedType(false);
    const latitude = numberOrUndefined(lat);
    const longitude = numberOrUndefined(lon);
    try {
      setResult(
        await servicesApi.match({
          needs: { types, urgent, ...(maxDistance ? { maxDistanceKm: numberOrUndefined(maxDistance) } : {}) },
          profile: {
            ...(gender ? { gender } : {}),
            ...(age ? { age: numberOrUndefined(age) } : {}),
            languages: languages
              .split(/[,;\s]+/)
              .map((x) => x.trim().toLowerCase())
              .filter(Boolean),
            ...flags,
            ...(latitude !== undefined || longitude !== undefined
              ? { place: { lat: latitude, lon: longitude } }
              : {}),
          },
        }),
      );
    } catch (err) {
      setResult(null);
      setFailure(err);
    }
  }

  const flag = (key: keyof typeof flags, label: string) => (
    <CheckboxField
      label={label}
      checked={flags[key]}
      onChange={(e) => setFlags((f) => ({ ...f, [key]: e.target.checked }))}
    />
  );

  return (
    <Page title={t("referral.services.match.title")} intro={t("referral.services.match.intro")}>
      <p>
        <Link to="..">{t("referral.services.back")}</Link>
      </p>
      <form className="form match-form" onSubmit={(e) => void submit(e)} noValidate>
        {failure ? <Alert tone="error">{errorText(t, failure)}</Alert> : null}
        <FromCase
          onFilled={(p) => {
            setGender(p.gender);
            setAge(p.age);
            setLanguages(p.languages.join(", "));
            setFilled({ code: p.caseCode, band: p.ageBand });
          }}
        />
        {filled ? (
          <Alert tone="success">{t("referral.services.match.filled", { code: filled.code })}</Alert>
        ) : null}
        <fieldset>
          <legend>{t("referral.services.match.needs")}</legend>
          {needType ? (
            <p className="field-error" role="alert">
              {t("referral.services.match.chooseType")}
            </p>
          ) : null}
          <div className="check-grid">
            {serviceTypes.map((x) => (
              <CheckboxField
                key={x}
                label={t(`referral.services.types.${x}`)}
                checked={types.includes(x)}
                onChange={(e) =>
                  setTypes((ts) => (e.target.checked ? [...ts, x] : ts.filter((y) => y !== x)))
                }
              />
            ))}
          </div>
          <CheckboxField
            label={t("referral.services.match.urgent")}
            checked={urgent}
            onChange={(e) => setUrgent(e.target.checked)}
          />
          <TextField
            label={t("referral.services.match.maxDistance")}
            inputMode="decimal"
            value={maxDistance}
            onChange={(e) => setMaxDistance(e.target.value)}
            error={errors.needs}
          />
        </fieldset>
        <fieldset>
          <legend>{t("referral.services.match.person")}</legend>
          <SelectField
            label={t("referral.services.match.gender")}
            value={gender}
            onChange={(e) => setGender(e.target.value)}
          >
            <option value="">{t("referral.services.match.genderNotGiven")}</option>
            {serviceGenders.map((g) => (
              <option key={g} value={g}>
                {t(`referral.services.genders.${g}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("referral.services.match.age")}
            hint={filled?.band ? t("referral.services.match.ageFromBand", { band: filled.band }) : undefined}
            inputMode="numeric"
            value={age}
            onChange={(e) => setAge(e.target.value)}
          />
          <TextField
            label={t("referral.services.match.languages")}
            hint={t("referral.services.fields.languagesHint")}
            value={languages}
            onChange={(e) => setLanguages(e.target.value)}
          />
          {flag("noDocuments", t("referral.services.match.noDocuments"))}
          {flag("withChildren", t("referral.services.match.withChildren"))}
          {flag("needsWheelchairAccess", t("referral.services.match.wheelchair"))}
          <TextField
            label={t("referral.services.match.latitude")}
            hint={t("referral.services.fields.coordinatesHint")}
            inputMode="decimal"
            value={lat}
            onChange={(e) => setLat(e.target.value)}
          />
          <TextField
            label={t("referral.services.match.longitude")}
            inputMode="decimal"
            value={lon}
            onChange={(e) => setLon(e.target.value)}
          />
          {errors.profile ? <p className="field-error">{errorText(t, failure)}</p> : null}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t("referral.services.match.submit")}
          </button>
        </div>
      </form>
      {result ? (
        <>
          <section aria-labelledby="ranked-title">
            <h2 id="ranked-title">{t("referral.services.match.rankedTitle")}</h2>
            {result.ranked.length === 0 ? <p>{t("referral.services.match.noneRanked")}</p> : null}
            {result.totalRanked > result.ranked.length ? (
              <p>
                {t("referral.services.match.shownOf", {
                  shown: result.ranked.length,
                  total: result.totalRanked,
                })}
              </p>
            ) : null}
            <ol className="match-results">
              {result.ranked.map((r) => (
                <li key={r.service.id}>
                  <h3>{r.service.name}</h3>
                  <p className="muted">
                    {t(`referral.services.types.${r.service.type}`)} · {r.service.organisationName} ·{" "}
                    {t("referral.services.match.score", { score: r.score })}
                  </p>
                  <ul className="reason-list">
                    {r.reasons.map((reason) => (
                      <li key={reason.code}>{reasonText(t, reason, locale, "reasons")}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="excluded-title">
            <h2 id="excluded-title">{t("referral.services.match.excludedTitle")}</h2>
            {result.excluded.length === 0 ? <p>{t("referral.services.match.noneExcluded")}</p> : null}
            {result.totalExcluded > result.excluded.length ? (
              <p>
                {t("referral.services.match.shownOf", {
                  shown: result.excluded.length,
                  total: result.totalExcluded,
                })}
              </p>
            ) : null}
            <ul className="match-results">
              {result.excluded.map((x) => (
                <li key={x.service.id}>
                  <h3>{x.service.name}</h3>
                  <ul className="reason-list">
                    {x.reasons.map((reason) => (
                      <li key={reason.code}>{reasonText(t, reason, locale, "exclusions")}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </Page>
  );
}
