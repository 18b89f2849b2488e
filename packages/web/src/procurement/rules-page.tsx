import { type RiskRules, riskLevels } from "@ariadne/domain/procurement/index.ts";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiFailure } from "../api/client.ts";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { Alert, errorText, Loading, Page, SelectField, TextField, useLoad } from "../ui/index.ts";
import { type PublishedRules, procurementApi, RuleSetView } from "./procurement-api.ts";
import {
  checkRules,
  fieldKey,
  type RuleField,
  type RuleValues,
  ruleGroups,
  rulesOfValues,
  valuesOfRules,
} from "./rules-form.ts";

/** The risk rules in force, and for a coordinator the form that publishes a new version (issue 16, item 2). */
export default function RulesPage() {
  const { t } = useTranslation();
  const [state, reload] = useLoad(() => procurementApi.rules(), "procurement-rules");
  const [notice, setNotice] = useState<string | null>(null);
  if (state.status === "failed") return <Alert tone="error">{errorText(t, state.error)}</Alert>;
  if (!state.data) return <Loading />;
  const set = state.data;
  return (
    <Page title={t("procurement.ruleEditor.title")} intro={t("procurement.ruleEditor.intro")}>
      <p>
        <Link to="/procurement">{t("procurement.back")}</Link>
      </p>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <p>
        {set.builtIn
          ? t("procurement.ruleEditor.inForceBuiltIn", { version: set.version })
          : t("procurement.ruleEditor.inForce", { version: set.version })}
      </p>
      {set.abilities.editRules ? (
        <RuleEditor
          key={set.version}
          published={set}
          onPublished={async (version) => {
            setNotice(t("procurement.ruleEditor.published", { version }));
            await reload();
          }}
        />
      ) : (
        <section className="panel" aria-labelledby="rules-now-title">
          <h2 id="rules-now-title">{t("procurement.ruleEditor.nowTitle")}</h2>
          <RulesTable columns={[{ title: t("procurement.ruleEditor.colValue"), rules: set.rules }]} />
        </section>
      )}
    </Page>
  );
}

interface Edit {
  basedOn: number;
  values: RuleValues;
}

const draft = "procurement-rules";

function RuleEditor({
  published,
  onPublished,
}: {
  published: PublishedRules;
  onPublished: (version: number) => Promise<void>;
}) {
  const { t } = useTranslation();
  // The version the edit began on travels with the typed values, so an edit restored after a lost
  // session is checked against what was published meanwhile.
  const [edit, setEdit] = useDraftField<Edit>(draft, "edit", {
    basedOn: published.version,
    values: valuesOfRules(published.rules),
  });
  const [note, setNote] = useDraftField(draft, "note", "");
  const discard = useDiscardDraft(draft);
  const [newer, setNewer] = useState<PublishedRules | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const showNewer = (current: PublishedRules) => {
    setNewer(current);
    // Publishing again replaces the newer version with what is typed: the user has now seen it.
    setEdit((e) => ({ ...e, basedOn: current.version }));
  };
  // An edit restored from the device, begun on an older version: show what changed since at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the draft as it was restored
  useEffect(() => {
    if (edit.basedOn !== published.version) showNewer(published);
  }, []);

  const form = useFormSubmit(
    () => checkRules(edit.values, t),
    async (rules) => {
      setFailure(null);
      const saved = await procurementApi.publishRules({
        basedOnVersion: edit.basedOn,
        rules,
        ...(note.trim() ? { note } : {}),
      });
      discard();
      await onPublished(saved.version);
    },
    (e) => {
      const current =
        e instanceof ApiFailure && e.code === "conflict" ? RuleSetView.safeParse(e.current) : null;
      if (current?.success) {
        showNewer(current.data);
        setFailure(t("procurement.ruleEditor.conflict", { version: current.data.version }));
      } else setFailure(errorText(t, e));
    },
  );
  const setValue = (key: string, value: string) =>
    setEdit((e) => ({ ...e, values: { ...e.values, [key]: value } }));

  return (
    <>
      {newer ? (
        <section className="panel panel-important" aria-labelledby="rules-newer-title">
          <h2 id="rules-newer-title">{t("procurement.ruleEditor.newerTitle", { version: newer.version })}</h2>
          <p>{t("procurement.ruleEditor.newerText")}</p>
          <RulesTable
            columns={[
              {
                title: t("procurement.ruleEditor.colPublished", { version: newer.version }),
                rules: newer.rules,
              },
              { title: t("procurement.ruleEditor.colYours"), rules: rulesOfValues(edit.values) },
            ]}
          />
        </section>
      ) : null}
      <FormPanel
        title={t("procurement.ruleEditor.editTitle")}
        intro={t("procurement.ruleEditor.editIntro", { version: edit.basedOn + 1 })}
        submitLabel={t("procurement.ruleEditor.publish")}
        busy={form.busy}
        onSubmit={form.submit}
        error={form.error ?? failure}
      >
        {ruleGroups.map((g) => (
          <fieldset key={g.id} className={form.fields[g.id] ? "field field-invalid" : "field"}>
            <legend>{t(`procurement.ruleEditor.groups.${g.id}`)}</legend>
            <p className="field-hint">{t(`procurement.ruleEditor.hints.${g.id}`)}</p>
            {form.fields[g.id] ? (
              <p className="field-error" role="alert">
                {form.fields[g.id]}
              </p>
            ) : null}
            {g.fields.map((f) =>
              f.kind === "level" ? (
                <SelectField
                  key={fieldKey(f)}
                  label={fieldLabel(t, f)}
                  value={edit.values[fieldKey(f)] ?? ""}
                  onChange={(e) => setValue(fieldKey(f), e.target.value)}
                  error={form.fields[fieldKey(f)]}
                >
                  {riskLevels.map((l) => (
                    <option key={l} value={l}>
                      {t(`procurement.levels.${l}`)}
                    </option>
                  ))}
                </SelectField>
              ) : (
                <TextField
                  key={fieldKey(f)}
                  label={fieldLabel(t, f)}
                  inputMode="numeric"
                  value={edit.values[fieldKey(f)] ?? ""}
                  onChange={(e) => setValue(fieldKey(f), e.target.value)}
                  error={form.fields[fieldKey(f)]}
                />
              ),
            )}
          </fieldset>
        ))}
        <TextField
          label={t("procurement.ruleEditor.note")}
          hint={t("procurement.ruleEditor.noteHint")}
          maxLength={300}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={form.fields.note}
        />
      </FormPanel>
    </>
  );
}

type T = ReturnType<typeof useTranslation>["t"];

function fieldLabel(t: T, f: RuleField): string {
  const [group, second, third] = f.path;
  if (second === "points")
    return group === "pastFindings"
      ? t("procurement.ruleEditor.pointsFor", { what: t(`procurement.finding.severities.${third}`) })
      : t("procurement.ruleEditor.pointsFor", { what: t(`procurement.levels.${third}`) });
  return t(`procurement.ruleEditor.fields.${group}.${second}`);
}

function shown(t: T, f: RuleField, rules: unknown): string {
  const v = f.path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], rules);
  if (f.kind === "level" && typeof v === "string" && v) return t(`procurement.levels.${v}`);
  return v === undefined || Number.isNaN(v) ? "—" : String(v);
}

/** The rules side by side (the published version and what the user typed), a row a field. */
function RulesTable({ columns }: { columns: { title: string; rules: RiskRules | unknown }[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("procurement.ruleEditor.colRule")}</th>
            {columns.map((c) => (
              <th key={c.title} scope="col">
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ruleGroups.flatMap((g) =>
            g.fields.map((f) => {
              const cells = columns.map((c) => shown(t, f, c.rules));
              const differs = cells.some((x) => x !== cells[0]);
              return (
                <tr key={fieldKey(f)} className={differs ? "row-differs" : undefined}>
                  <th scope="row">
                    {t(`procurement.ruleEditor.groups.${g.id}`)}: {fieldLabel(t, f)}
                  </th>
                  {cells.map((x, i) => (
                    <td key={columns[i]!.title} data-label={columns[i]!.title}>
                      {differs && i > 0 ? <strong>{x}</strong> : x}
                    </td>
                  ))}
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </div>
  );
}
