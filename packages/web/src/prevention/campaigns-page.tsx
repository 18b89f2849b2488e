import {
  type Campaign,
  CampaignFields,
  Campaign as CampaignSchema,
  campaignTargetGroups,
} from "@ariadne/domain/prevention/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { request } from "../api/client.ts";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { useFormErrors } from "../ui/form-panel.tsx";
import { formatDate, localToday } from "../ui/format-date.ts";
import {
  Alert,
  CheckboxField,
  CheckboxGroup,
  checkForm,
  errorText,
  Loading,
  Page,
  TextField,
  useLoad,
} from "../ui/index.ts";
import { CampaignMaterials } from "./campaign-materials.tsx";

const campaignsApi = {
  list: () => request("GET", "/api/v1/campaigns", z.object({ items: z.array(CampaignSchema) })),
  create: (body: unknown) => request("POST", "/api/v1/campaigns", CampaignSchema, body),
  update: (id: string, body: unknown) => request("PATCH", `/api/v1/campaigns/${id}`, CampaignSchema, body),
};

/** Awareness campaigns: the list, reach over time (chart and table), and a new campaign. */
export default function CampaignsPage() {
  const { t } = useTranslation();
  const [load, reload] = useLoad(() => campaignsApi.list(), "campaigns");
  return (
    <Page title={t("prevention.campaigns.title")} intro={t("prevention.campaigns.intro")}>
      {load.status === "loading" && !load.data ? <Loading /> : null}
      {load.status === "failed" ? <Alert tone="error">{errorText(t, load.error)}</Alert> : null}
      {load.data && load.data.items.length === 0 ? <p>{t("prevention.campaigns.none")}</p> : null}
      {load.data?.items.map((c) => (
        <CampaignPanel key={c.id} campaign={c} onChanged={reload} />
      ))}
      <NewCampaign onSaved={reload} />
    </Page>
  );
}

/** Reach over time as bars (planned reach as a line), with the same numbers as a table. */
function ReachChart({ c }: { c: Campaign }) {
  const { t, i18n } = useTranslation();
  const points = [...c.reach].sort((a, b) => a.on.localeCompare(b.on));
  if (points.length === 0) return <p>{t("prevention.campaigns.noReach")}</p>;
  const max = Math.max(c.reachPlanned, ...points.map((p) => p.reached), 1);
  const w = 300;
  const h = 120;
  const bar = w / points.length;
  const y = (n: number) => h - (n / max) * h;
  return (
    <figure className="reach-chart">
      <svg
        viewBox={`0 0 ${w} ${h + 2}`}
        role="img"
        aria-label={t("prevention.campaigns.chartLabel", { title: c.title })}
      >
        {points.map((p, i) => (
          <rect
            key={p.on}
            x={i * bar + 2}
            y={y(p.reached)}
            width={Math.max(bar - 4, 1)}
            height={h - y(p.reached)}
          />
        ))}
        {c.reachPlanned > 0 ? (
          <line x1={0} x2={w} y1={y(c.reachPlanned)} y2={y(c.reachPlanned)} className="planned" />
        ) : null}
      </svg>
      <figcaption>{t("prevention.campaigns.chartCaption")}</figcaption>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("prevention.campaigns.date")}</th>
            <th scope="col">{t("prevention.campaigns.reached")}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.on}>
              <td>{formatDate(p.on, i18n.language)}</td>
              <td>{p.reached}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function CampaignPanel({ campaign: c, onChanged }: { campaign: Campaign; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  // Typed counts stay on the device (encrypted) until recorded: an ended session loses nothing.
  const draft = `campaign-reach:${c.id}`;
  const discard = useDiscardDraft(draft);
  const [on, setOn] = useDraftField(draft, "on", localToday());
  const [reached, setReached] = useDraftField(draft, "reached", "");
  const [error, setError] = useState<string | null>(null);
  const headingId = `campaign-${c.id}`;
  async function addReach(event: FormEvent) {
    event.preventDefault();
    const n = Number(reached);
    if (!reached.trim() || !Number.isInteger(n) || n < 0) {
      setError(t("validation.invalid"));
      return;
    }
    try {
      await campaignsApi.update(c.id, {
        version: c.version,
        reach: [...c.reach.filter((p) => p.on !== on), { on, reached: n }],
      });
      setError(null);
      setReached("");
      discard();
      await onChanged();
    } catch (e) {
      setError(errorText(t, e));
    }
  }
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{c.title}</h2>
      <p>
        {c.targetGroups.map((g) => t(`prevention.campaigns.groups.${g}`)).join(", ")} ·{" "}
        {formatDate(c.startsOn, i18n.language)}
        {c.endsOn ? `–${formatDate(c.endsOn, i18n.language)}` : ""}
      </p>
      <p>{t("prevention.campaigns.reachSummary", { achieved: c.reachAchieved, planned: c.reachPlanned })}</p>
      <ReachChart c={c} />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form className="form form-inline" onSubmit={addReach} noValidate>
        <TextField
          label={t("prevention.campaigns.date")}
          type="date"
          value={on}
          onChange={(e) => setOn(e.target.value)}
        />
        <TextField
          label={t("prevention.campaigns.reachedSoFar")}
          type="number"
          min={0}
          inputMode="numeric"
          value={reached}
          onChange={(e) => setReached(e.target.value)}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t("prevention.campaigns.addReach")}
          </button>
        </div>
      </form>
      <CampaignMaterials campaign={c} />
    </section>
  );
}

function NewCampaign({ onSaved }: { onSaved: () => Promise<void> }) {
  const { t } = useTranslation();
  const draft = "campaign:new";
  const discard = useDiscardDraft(draft);
  const [title, setTitle] = useDraftField(draft, "title", "");
  const [groups, setGroups] = useDraftField<string[]>(draft, "groups", []);
  const [startsOn, setStartsOn] = useDraftField(draft, "startsOn", localToday());
  const [planned, setPlanned] = useDraftField(draft, "planned", "");
  const values = () => ({
    title,
    targetGroups: groups,
    startsOn,
    reachPlanned: planned.trim() ? Number(planned) : 0,
  });
  const check = () =>
    checkForm(CampaignFields, values(), t, {
      wording: { targetGroups: t("prevention.campaigns.targetGroupsRequired") },
    });
  const { fields, error, showFields, showError, clear } = useFormErrors(check);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check();
    if (!checked.ok) return showFields(checked.fields);
    try {
      await campaignsApi.create(checked.data);
      clear();
      setTitle("");
      setGroups([]);
      setPlanned("");
      discard();
      await onSaved();
    } catch (e) {
      showError(errorText(t, e));
    }
  }
  return (
    <section className="panel" aria-labelledby="new-campaign">
      <h2 id="new-campaign">{t("prevention.campaigns.new")}</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t("prevention.campaigns.titleField")}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fields.title}
        />
        <CheckboxGroup legend={t("prevention.campaigns.targetGroups")} error={fields.targetGroups}>
          {campaignTargetGroups.map((g) => (
            <CheckboxField
              key={g}
              label={t(`prevention.campaigns.groups.${g}`)}
              checked={groups.includes(g)}
              onChange={(e) => setGroups((s) => (e.target.checked ? [...s, g] : s.filter((x) => x !== g)))}
            />
          ))}
        </CheckboxGroup>
        <TextField
          label={t("prevention.campaigns.startsOn")}
          type="date"
          value={startsOn}
          onChange={(e) => setStartsOn(e.target.value)}
          error={fields.startsOn}
        />
        <TextField
          label={t("prevention.campaigns.reachPlanned")}
          type="number"
          min={0}
          inputMode="numeric"
          value={planned}
          onChange={(e) => setPlanned(e.target.value)}
          error={fields.reachPlanned}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t("prevention.campaigns.create")}
          </button>
        </div>
      </form>
    </section>
  );
}
