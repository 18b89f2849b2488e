import type { Json } from "@ariadne/domain/prevention/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { Alert, Page } from "../ui/index.ts";
import { queuedVisit, resolveQueued } from "./outreach-queue.ts";
import { useSync } from "./prevention-page.tsx";

function shown(t: (k: string) => string, value: Json | undefined): string {
  if (value === undefined || value === null || value === "") return t("prevention.conflict.empty");
  if (Array.isArray(value))
    return value.length ? value.map((v) => String(v)).join(", ") : t("prevention.conflict.empty");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The conflict screen: a field both this device and the server changed; the user keeps one side. */
export default function ConflictPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sync = useSync();
  const entry = sync.vault ? queuedVisit(sync.vault, id) : null;
  const [choices, setChoices] = useState<Record<string, "mine" | "theirs">>({});
  if (!entry?.conflict) {
    return (
      <Page title={t("prevention.conflict.title")}>
        <Alert tone="info">{t("prevention.conflict.none")}</Alert>
      </Page>
    );
  }
  const conflicts = entry.conflict.conflicts;
  const label = (path: string) => {
    const [head, group] = path.split(".");
    return group
      ? `${t("prevention.visit.peopleMet")}: ${t(`map.groupKinds.${group}`)}`
      : t(`prevention.fields.${head}`);
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!sync.vault) return;
    resolveQueued(sync.vault, id, choices);
    await sync.vault.flush();
    await sync.sync();
    navigate("/prevention");
  }
  return (
    <Page
      title={t("prevention.conflict.title")}
      intro={t("prevention.conflict.intro", { title: entry.local.title })}
    >
      <form onSubmit={submit} className="form conflict-form">
        {conflicts.map((c) => (
          <fieldset key={c.path}>
            <legend>{label(c.path)}</legend>
            <label className="choice">
              <input
                type="radio"
                name={c.path}
                checked={(choices[c.path] ?? "theirs") === "mine"}
                onChange={() => setChoices((s) => ({ ...s, [c.path]: "mine" }))}
              />
              <span>
                {t("prevention.conflict.mine")}: <strong>{shown(t, c.mine)}</strong>
              </span>
            </label>
            <label className="choice">
              <input
                type="radio"
                name={c.path}
                checked={(choices[c.path] ?? "theirs") === "theirs"}
                onChange={() => setChoices((s) => ({ ...s, [c.path]: "theirs" }))}
              />
              <span>
                {t("prevention.conflict.theirs")}: <strong>{shown(t, c.theirs)}</strong>
              </span>
            </label>
          </fieldset>
        ))}
        <p className="field-hint">{t("prevention.conflict.kept")}</p>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t("prevention.conflict.save")}
          </button>
        </div>
      </form>
    </Page>
  );
}
