import { training } from "@ariadne/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { LanguageOptions } from "../i18n/language-options.tsx";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { formatDate, localToday } from "../ui/format-date.ts";
import { Alert, checkForm, errorText, Loading, Page, SelectField, TextField, useLoad } from "../ui/index.ts";
import { courseLanguageOf } from "./course-language.tsx";
import { type IdentifyingActor, trainingApi } from "./training-api.ts";

/** Sessions: schedule one for a course, then record who attended (no account needed). */
export default function SessionsPage() {
  const { t, i18n } = useTranslation();
  const [load, reload] = useLoad(
    async () => ({
      sessions: await trainingApi.sessions(),
      courses: await trainingApi.courses(),
      organisations: await trainingApi.organisations(),
    }),
    "sessions",
  );
  const [open, setOpen] = useState<string | null>(null);
  if (!load.data)
    return load.status === "failed" ? <Alert tone="error">{errorText(t, load.error)}</Alert> : <Loading />;
  const { sessions, courses, organisations } = load.data;
  const courseTitle = (id: string) => courses.items.find((c) => c.id === id)?.content.title ?? "";
  return (
    <Page title={t("training.sessions.title")}>
      <ScheduleForm courses={courses.items} onDone={reload} />
      {sessions.items.length === 0 ? <p>{t("training.sessions.none")}</p> : null}
      <ul className="course-list">
        {sessions.items.map((s) => (
          <li key={s.id} className="panel" data-session={s.id}>
            <h2>
              {courseTitle(s.courseId)}, {formatDate(s.heldOn, i18n.language)}
            </h2>
            <p>
              {t(`training.sessions.formats.${s.format}`)}
              {s.place ? ` · ${s.place}` : ""} · {t("training.sessions.trainer")}: {s.trainerName} ·{" "}
              {t("training.sessions.attendees", { count: s.attendees })}
            </p>
            <button
              type="button"
              className="button"
              aria-expanded={open === s.id}
              onClick={() => setOpen(open === s.id ? null : s.id)}
            >
              {t("training.sessions.record")}
            </button>
            {open === s.id ? (
              <Attendance
                sessionId={s.id}
                organisations={organisations.items}
                actors={sessions.actors}
                onDone={reload}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </Page>
  );
}

function ScheduleForm({
  courses,
  onDone,
}: {
  courses: { id: string; content: { title: string } }[];
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [courseId, setCourseId] = useState("");
  const [heldOn, setHeldOn] = useState(localToday());
  const [format, setFormat] = useState<"classroom" | "online">("classroom");
  const [place, setPlace] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const { busy, error, fields, submit } = useFormSubmit(
    () => checkForm(training.SessionCreate, { courseId, heldOn, format, place }, t),
    async (data, key) => {
      await trainingApi.createSession(data, key);
      setFailure(null);
      await onDone();
    },
    (e) => setFailure(errorText(t, e)),
  );
  return (
    <FormPanel
      title={t("training.sessions.schedule")}
      submitLabel={t("training.sessions.save")}
      busy={busy}
      onSubmit={submit}
      error={error ?? failure}
    >
      <SelectField
        label={t("training.sessions.course")}
        value={courseId}
        error={fields.courseId}
        onChange={(e) => setCourseId(e.target.value)}
      >
        <option value="" />
        {courses.map((c) => (
          <option key={c.id} value={c.id}>
            {c.content.title}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("training.sessions.heldOn")}
        type="date"
        value={heldOn}
        error={fields.heldOn}
        onChange={(e) => setHeldOn(e.target.value)}
      />
      <SelectField
        label={t("training.sessions.format")}
        value={format}
        onChange={(e) => setFormat(e.target.value as "classroom" | "online")}
      >
        {training.sessionFormats.map((f) => (
          <option key={f} value={f}>
            {t(`training.sessions.formats.${f}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("training.sessions.place")}
        maxLength={200}
        value={place}
        error={fields.place}
        onChange={(e) => setPlace(e.target.value)}
      />
    </FormPanel>
  );
}

const other = "other";

function Attendance({
  sessionId,
  organisations,
  actors,
  onDone,
}: {
  sessionId: string;
  organisations: { id: string; name: string }[];
  actors: IdentifyingActor[];
  onDone: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [view, reload] = useLoad(() => trainingApi.session(sessionId), sessionId);
  // Kept on the device until recorded: a session that ends mid-entry loses nothing.
  const draft = `attendance:${sessionId}`;
  const [name, setName] = useDraftField(draft, "name", "");
  const [organisation, setOrganisation] = useDraftField(draft, "organisation", "");
  const [organisationName, setOrganisationName] = useDraftField(draft, "organisationName", "");
  const [actorId, setActorId] = useDraftField(draft, "actorId", "");
  const [group, setGroup] = useDraftField(draft, "group", "");
  // The certificate is printed in the attendee's language: the trainer's until another is chosen.
  const [language, setLanguage] = useDraftField<training.CourseLanguage>(
    draft,
    "language",
    courseLanguageOf(i18n.language),
  );
  const discard = useDiscardDraft(draft);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const attendee = {
    name,
    organisationId: organisation && organisation !== other ? organisation : null,
    organisationName: organisation === other ? organisationName : "",
    actorId: actorId || null,
    group,
    language,
  };
  const { busy, error, fields, submit } = useFormSubmit(
    () => {
      const checked = checkForm(training.Attendee, attendee, t);
      return checked.ok ? { ok: true as const, data: { sessionId, attendees: [checked.data] } } : checked;
    },
    async (data, key) => {
      await trainingApi.recordAttendance(data, key);
      discard();
      setName("");
      setActorId("");
      setFailure(null);
      setNotice(t("training.sessions.recorded"));
      await reload();
      await onDone();
    },
    (e) => setFailure(errorText(t, e)),
  );
  return (
    <div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <FormPanel
        title={t("training.sessions.record")}
        submitLabel={t("training.sessions.add")}
        busy={busy}
        onSubmit={submit}
        error={error ?? failure}
      >
        <TextField
          label={t("training.sessions.name")}
          maxLength={200}
          value={name}
          error={fields.name}
          onChange={(e) => setName(e.target.value)}
        />
        <SelectField
          label={t("training.sessions.organisation")}
          value={organisation}
          error={fields.organisationId}
          onChange={(e) => setOrganisation(e.target.value)}
        >
          <option value="" />
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
          <option value={other}>{t("training.sessions.otherOrganisation")}</option>
        </SelectField>
        {organisation === other ? (
          <TextField
            label={t("training.sessions.organisationName")}
            maxLength={200}
            value={organisationName}
            error={fields.organisationName}
            onChange={(e) => setOrganisationName(e.target.value)}
          />
        ) : null}
        {actors.length > 0 ? (
          <SelectField
            label={t("training.sessions.actor")}
            hint={t("training.sessions.actorHint")}
            value={actorId}
            error={fields.actorId}
            onChange={(e) => {
              setActorId(e.target.value);
              // The actor's organisation, unless another was chosen already.
              const of = actors.find((a) => a.id === e.target.value)?.organisationId;
              if (of && !organisation) setOrganisation(of);
            }}
          >
            <option value="" />
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          label={t("training.sessions.group")}
          value={group}
          error={fields.group}
          onChange={(e) => setGroup(e.target.value)}
        >
          <option value="" />
          {training.professionalGroups.map((g) => (
            <option key={g} value={g}>
              {t(`training.groups.${g}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("training.complete.language")}
          value={language}
          error={fields.language}
          onChange={(e) => setLanguage(e.target.value as training.CourseLanguage)}
        >
          <LanguageOptions />
        </SelectField>
      </FormPanel>
      {view.data && view.data.attendees.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption>{t("training.sessions.attendeeList")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("training.sessions.name")}</th>
                <th scope="col">{t("training.sessions.organisation")}</th>
                <th scope="col">{t("training.sessions.group")}</th>
                <th scope="col">{t("training.sessions.certificate")}</th>
              </tr>
            </thead>
            <tbody>
              {view.data.attendees.map((a) => (
                <tr key={a.id}>
                  <th scope="row" data-label={t("training.sessions.name")}>
                    {a.name}
                  </th>
                  <td data-label={t("training.sessions.organisation")}>{a.organisationName}</td>
                  <td data-label={t("training.sessions.group")}>{t(`training.groups.${a.group}`)}</td>
                  <td data-label={t("training.sessions.certificate")}>
                    <a href={trainingApi.certificateUrl(a.id)} download>
                      PDF
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
