import type { MappingEntry, RankedPriority } from "@ariadne/domain/mapping/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { formatDate } from "../ui/format-date.ts";
import { Alert, errorText, Loading, SelectField, TextField } from "../ui/index.ts";
import { mapApi, type Ranking } from "./map-api.ts";
import { PriorityForm } from "./priority-form.tsx";
import { WeightsForm } from "./weights-form.tsx";

export function Priorities(props: {
  ranking: Ranking | undefined;
  failed: unknown;
  entries: MappingEntry[];
  reload(): Promise<void>;
}) {
  const { t } = useTranslation();
  const ranking = props.ranking;
  const titleOf = (id: string | null, fallback: string) =>
    (id && props.entries.find((e) => e.id === id)?.title) || fallback;
  return (
    <section aria-labelledby="priorities-title">
      <h2 id="priorities-title">{t("map.prioritiesTitle")}</h2>
      <p>{t("map.prioritiesIntro")}</p>
      {props.failed ? <Alert tone="error">{errorText(t, props.failed)}</Alert> : null}
      {!ranking && !props.failed ? <Loading /> : null}
      {ranking && ranking.items.length === 0 ? <p>{t("map.prioritiesEmpty")}</p> : null}
      {ranking && ranking.items.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" data-testid="ranking">
            <caption className="visually-hidden">{t("map.prioritiesTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("map.rank")}</th>
                <th scope="col">{t("map.priority")}</th>
                <th scope="col">{t("map.score")}</th>
                <th scope="col">{t("map.decision")}</th>
              </tr>
            </thead>
            <tbody>
              {ranking.items.map((p) => (
                <tr key={p.id}>
                  <td data-label={t("map.rank")}>{p.rank}</td>
                  <th scope="row" data-label={t("map.priority")}>
                    {t(`map.forms.${p.form}`)} · {titleOf(p.groupEntryId, t("map.anyGroup"))} ·{" "}
                    {titleOf(p.locationEntryId, t("map.anyLocation"))}
                  </th>
                  <td data-label={t("map.score")}>
                    <strong>{p.score.toFixed(1)}</strong>
                    <ul className="contributions">
                      {p.contributions.map((c) => (
                        <li key={c.factor}>
                          {t("map.contribution", {
                            factor: t(`map.factors.${c.factor}`),
                            rating: c.rating,
                            weight: c.weight,
                            points: c.points.toFixed(1),
                          })}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td data-label={t("map.decision")}>
                    {ranking.abilities.manage ? (
                      <DecisionForm key={`${p.id}:${p.version}`} priority={p} onSaved={props.reload} />
                    ) : (
                      <>
                        {t(`map.decisions.${p.decision}`)}
                        {p.rationale ? <p>{p.rationale}</p> : null}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {ranking?.abilities.manage ? (
        <>
          <PriorityForm entries={props.entries} onCreated={props.reload} />
          <WeightsForm
            key={ranking.weightsVersion}
            weights={ranking.weights}
            version={ranking.weightsVersion}
            onSaved={props.reload}
          />
        </>
      ) : null}
    </section>
  );
}

const decisions = ["proposed", "accepted", "deferred", "rejected"] as const;

/** The coordinator's decision on a priority and why; who decided and when is recorded by the API. */
function DecisionForm({ priority, onSaved }: { priority: RankedPriority; onSaved(): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [decision, setDecision] = useState<string>(priority.decision);
  const [rationale, setRationale] = useState(priority.rationale);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await mapApi.updatePriority(priority.id, { version: priority.version, decision, rationale });
      await onSaved();
    } catch (e) {
      setError(errorText(t, e));
      if (e instanceof ApiFailure && e.code === "conflict") await onSaved();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <SelectField
        label={t("map.decision")}
        name="decision"
        value={decision}
        onChange={(e) => setDecision(e.target.value)}
      >
        {decisions.map((d) => (
          <option key={d} value={d}>
            {t(`map.decisions.${d}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("map.rationale")}
        name="rationale"
        maxLength={2000}
        value={rationale}
        onChange={(e) => setRationale(e.target.value)}
      />
      {priority.decidedAt ? (
        <p className="field-hint">
          {t("map.decidedOn", { date: formatDate(priority.decidedAt, i18n.language) })}
        </p>
      ) : null}
      <button type="submit" className="button button-small" disabled={busy}>
        {t("map.decisionSubmit")}
      </button>
    </form>
  );
}
