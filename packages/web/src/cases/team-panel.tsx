import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { SelectField } from "../ui/index.ts";
import type { DirectoryProps } from "./case-props.ts";
import { casesApi, formatDate } from "./cases-api.ts";

/**
 * The case team: the owner organisation plus explicit grants. The owner's writers add or revoke
 * an organisation or a colleague, picked from the municipality's lists; service providers are not
 * offered (they see only what a referral shares).
 */
export function TeamPanel({ detail, directory, onDone, onFailed }: DirectoryProps) {
  const { t, i18n } = useTranslation();
  const grants = detail.content?.grants ?? [];
  const orgName = (id: string | null) =>
    directory?.organisations.find((o) => o.id === id)?.name ?? t("cases.unknownOrganisation");
  const userName = (id: string | null) =>
    directory?.users.find((u) => u.id === id)?.displayName ?? t("cases.unknownUser");
  const [who, setWho] = useState("");
  const [revoking, setRevoking] = useState<string | null>(null);
  const { busy, error, fields, submit } = useFormSubmit<string>(
    () =>
      who
        ? { ok: true, data: who }
        : { ok: false, fields: { who: t("validation.choose") } as Record<string, string> },
    async (value, key) => {
      const [kind, id] = value.split(":") as ["org" | "user", string];
      await casesApi.addGrant(detail.id, kind === "org" ? { organisationId: id } : { userId: id }, key);
      await onDone(t("cases.grantAdded", { name: kind === "org" ? orgName(id) : userName(id) }));
    },
    onFailed,
  );

  async function revoke(grantId: string, name: string) {
    setRevoking(grantId);
    try {
      await casesApi.revokeGrant(detail.id, grantId);
      await onDone(t("cases.grantRevoked", { name }));
    } catch (e) {
      setRevoking(null);
      await onFailed(e);
    }
  }

  const granted = new Set(grants.map((g) => g.organisationId ?? g.userId));
  const orgOptions = (directory?.organisations ?? []).filter(
    (o) => o.id !== detail.ownerOrganisationId && !granted.has(o.id),
  );
  const userOptions = (directory?.users ?? []).filter(
    (u) => u.organisationId !== detail.ownerOrganisationId && !granted.has(u.id),
  );

  return (
    <div className="cases-grid">
      <section className="panel" aria-labelledby="case-team-title">
        <h2 id="case-team-title">{t("cases.teamTitle")}</h2>
        <p>{t("cases.teamOwner", { name: orgName(detail.ownerOrganisationId) })}</p>
        {grants.length === 0 ? (
          <p>{t("cases.noGrants")}</p>
        ) : (
          <ul className="cases-list" data-testid="case-grants">
            {grants.map((g) => {
              const name = g.organisationId ? orgName(g.organisationId) : userName(g.userId);
              return (
                <li key={g.id}>
                  {name}{" "}
                  <span className="cases-meta">
                    {t("cases.grantedOn", { date: formatDate(g.grantedAt, i18n.language) })}
                  </span>
                  {detail.abilities.manageTeam ? (
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      aria-label={t("cases.revokeNamed", { name })}
                      disabled={revoking === g.id}
                      onClick={() => void revoke(g.id, name)}
                    >
                      {t("cases.revoke")}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {detail.abilities.manageTeam ? (
        <FormPanel
          title={t("cases.grantTitle")}
          intro={t("cases.grantIntro")}
          submitLabel={t("cases.grantSubmit")}
          busy={busy}
          onSubmit={submit}
          error={error}
        >
          <SelectField
            label={t("cases.grantWho")}
            name="who"
            value={who}
            onChange={(e) => setWho(e.target.value)}
            error={fields.who}
          >
            <option value="">{t("cases.choose")}</option>
            <optgroup label={t("cases.organisations")}>
              {orgOptions.map((o) => (
                <option key={o.id} value={`org:${o.id}`}>
                  {o.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("cases.colleagues")}>
              {userOptions.map((u) => (
                <option key={u.id} value={`user:${u.id}`}>
                  {u.displayName} ({orgName(u.organisationId)})
                </option>
              ))}
            </optgroup>
          </SelectField>
        </FormPanel>
      ) : null}
    </div>
  );
}
