import type { Municipality } from "@ariadne/domain/admin/index.ts";
import { type Region, RegionCreate } from "@ariadne/domain/stats/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { useFormErrors } from "../ui/form-panel.tsx";
import { sortByText } from "../ui/format-number.ts";
import {
  Alert,
  CheckboxField,
  type Checked,
  checkForm,
  errorText,
  Loading,
  Page,
  SelectField,
  TextField,
  translatedFieldErrors,
  useLoad,
} from "../ui/index.ts";
import { adminApi } from "./admin-api.ts";
import "./regions.css";

type Notice = { tone: "success" | "error"; text: string } | null;

/**
 * Issue 17: the regions a regional analyst sees roll-ups across, drawn by the system admin — each
 * region with its municipalities, a municipality added or removed, a region created. Regions never
 * overlap, so only municipalities in no region are offered.
 */
export default function RegionsPage() {
  const { t, i18n } = useTranslation();
  const [regions, reloadRegions] = useLoad(() => adminApi.regions(), "regions");
  const [municipalities] = useLoad(() => adminApi.municipalities(), "municipalities");
  const [notice, setNotice] = useState<Notice>(null);

  const nameOf = (id: string) => municipalities.data?.items.find((m) => m.id === id)?.name ?? id;
  const regionList = sortByText(regions.data?.items ?? [], (r) => r.name, i18n.language);
  const inSomeRegion = new Set(regionList.flatMap((r) => r.municipalityIds));
  const free = sortByText(
    (municipalities.data?.items ?? []).filter((m) => !inSomeRegion.has(m.id)),
    (m) => m.name,
    i18n.language,
  );

  // A region changed by someone else meanwhile: say so and show it as it is now.
  async function failed(error: unknown) {
    if (error instanceof ApiFailure && error.code === "conflict") {
      setNotice({ tone: "error", text: t("errors.conflict") });
      await reloadRegions();
      return true;
    }
    return false;
  }

  async function setMunicipalities(region: Region, municipalityIds: string[], text: string) {
    setNotice(null);
    const saved = await adminApi.updateRegion(region.id, { municipalityIds, version: region.version });
    setNotice({ tone: "success", text });
    await reloadRegions();
    return saved;
  }

  async function remove(region: Region, municipalityId: string) {
    try {
      await setMunicipalities(
        region,
        region.municipalityIds.filter((m) => m !== municipalityId),
        t("admin.regionsPage.removed", { municipality: nameOf(municipalityId), region: region.name }),
      );
    } catch (error) {
      if (!(await failed(error))) setNotice({ tone: "error", text: errorText(t, error) });
    }
  }

  const loadFailed =
    regions.status === "failed" ? regions : municipalities.status === "failed" ? municipalities : null;
  return (
    <Page title={t("admin.regionsPage.title")} intro={t("admin.regionsPage.intro")}>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {loadFailed ? <Alert tone="error">{errorText(t, loadFailed.error)}</Alert> : null}
      {!regions.data || !municipalities.data ? (
        loadFailed ? null : (
          <Loading />
        )
      ) : (
        <>
          {regionList.length === 0 ? <p>{t("admin.regionsPage.empty")}</p> : null}
          {regionList.map((region) => (
            <section key={region.id} className="panel" aria-labelledby={`region-${region.id}`}>
              <h2 id={`region-${region.id}`}>{region.name}</h2>
              {region.municipalityIds.length === 0 ? (
                <p>{t("admin.regionsPage.noMunicipalities")}</p>
              ) : (
                <ul
                  className="region-municipalities"
                  aria-label={t("admin.regionsPage.municipalitiesOf", { region: region.name })}
                >
                  {sortByText(region.municipalityIds, nameOf, i18n.language).map((m) => (
                    <li key={m}>
                      <span>{nameOf(m)}</span>
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        aria-label={t("admin.regionsPage.removeNamed", {
                          municipality: nameOf(m),
                          region: region.name,
                        })}
                        onClick={() => void remove(region, m)}
                      >
                        {t("admin.regionsPage.remove")}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              <AddMunicipalityForm
                key={`${region.id}:${region.version}`}
                region={region}
                free={free}
                onAdd={(municipalityId) =>
                  setMunicipalities(
                    region,
                    [...region.municipalityIds, municipalityId],
                    t("admin.regionsPage.added", {
                      municipality: nameOf(municipalityId),
                      region: region.name,
                    }),
                  )
                }
                onConflict={failed}
              />
            </section>
          ))}
          <CreateRegionForm
            free={free}
            onCreate={async (body) => {
              setNotice(null);
              const created = await adminApi.createRegion(body);
              setNotice({ tone: "success", text: t("admin.regionsPage.created", { region: created.name }) });
              await reloadRegions();
            }}
          />
        </>
      )}
    </Page>
  );
}

/** Adds one municipality (in no region yet) to a region. */
function AddMunicipalityForm(props: {
  region: Region;
  free: readonly Municipality[];
  onAdd(municipalityId: string): Promise<unknown>;
  onConflict(error: unknown): Promise<boolean>;
}) {
  const { t } = useTranslation();
  const draft = `region:${props.region.id}:add`;
  const [chosen, setChosen] = useDraftField(draft, "municipalityId", "");
  const discard = useDiscardDraft(draft);
  const [busy, setBusy] = useState(false);
  const check = (): Checked<string> =>
    props.free.some((m) => m.id === chosen)
      ? { ok: true, data: chosen }
      : { ok: false, fields: { municipalityId: t("admin.regionsPage.chooseMunicipality") } };
  const { fields, error, showFields, clear } = useFormErrors(check);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check();
    if (!checked.ok) {
      showFields(checked.fields);
      return;
    }
    setBusy(true);
    clear();
    try {
      await props.onAdd(checked.data);
      discard();
      setChosen("");
    } catch (e) {
      if (!(await props.onConflict(e))) showFields(translatedFieldErrors(t, e), errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  if (props.free.length === 0) return <p className="hint">{t("admin.regionsPage.noneFree")}</p>;
  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={submit} noValidate className="form form-inline">
        <SelectField
          label={t("admin.regionsPage.addLabel", { region: props.region.name })}
          name="municipalityId"
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
          error={fields.municipalityId ?? fields.municipalityIds}
        >
          <option value="">{t("admin.regionsPage.choose")}</option>
          {props.free.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t("common.saving") : t("admin.regionsPage.add")}
          </button>
        </div>
      </form>
    </>
  );
}

/** Creates a region with a name and the municipalities (in no region yet) it covers. */
function CreateRegionForm(props: {
  free: readonly Municipality[];
  onCreate(body: RegionCreate): Promise<void>;
}) {
  const { t } = useTranslation();
  // Kept on the device until the region is created: a session that ends mid-form loses nothing.
  const draft = "region:new";
  const [name, setName] = useDraftField(draft, "name", "");
  const [chosen, setChosen] = useDraftField<string[]>(draft, "municipalityIds", []);
  const discard = useDiscardDraft(draft);
  const [busy, setBusy] = useState(false);
  // A municipality put in another region meanwhile is no longer offered, nor sent.
  const municipalityIds = chosen.filter((id) => props.free.some((m) => m.id === id));
  const check = () => checkForm(RegionCreate, { name, municipalityIds }, t);
  const { fields, error, showFields, clear } = useFormErrors(check);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check();
    if (!checked.ok) {
      showFields(checked.fields);
      return;
    }
    setBusy(true);
    clear();
    try {
      await props.onCreate(checked.data);
      discard();
      setName("");
      setChosen([]);
    } catch (e) {
      if (e instanceof ApiFailure && e.code === "name_taken")
        showFields({ name: t("admin.regionsPage.nameTaken") });
      else showFields(translatedFieldErrors(t, e), errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="region-create-title">
      <h2 id="region-create-title">{t("admin.regionsPage.createTitle")}</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={submit} noValidate className="form">
        <TextField
          label={t("admin.regionsPage.name")}
          name="name"
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fields.name}
        />
        <fieldset>
          <legend>{t("admin.regionsPage.municipalities")}</legend>
          {props.free.length === 0 ? <p>{t("admin.regionsPage.noneFree")}</p> : null}
          {props.free.map((m) => (
            <CheckboxField
              key={m.id}
              label={m.name}
              name="municipalityIds"
              value={m.id}
              checked={chosen.includes(m.id)}
              onChange={(e) =>
                setChosen((now) => (e.target.checked ? [...now, m.id] : now.filter((id) => id !== m.id)))
              }
            />
          ))}
          {fields.municipalityIds ? <p className="field-error">{fields.municipalityIds}</p> : null}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.creating") : t("admin.regionsPage.createSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}
