import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { ApiFailure } from "../api/client.ts";
import { useMe } from "../auth/index.ts";
import { Alert, errorText, Loading, Page, useLoad } from "../ui/index.ts";
import { BreakGlassForm } from "./break-glass.tsx";
import { CaseBody } from "./case-body.tsx";
import { casesApi } from "./cases-api.ts";
import { useLookup } from "./use-lookup.ts";

type Notice = { tone: "success" | "error"; text: string } | null;

/** One case per mount, so moving to another case (a duplicate, say) starts afresh. */
export function CaseRoute() {
  const { id = "" } = useParams();
  return <CasePage key={id} id={id} />;
}

function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  // What the create form handed over is shown once: not again after a reload or a return visit.
  // (Possible duplicates need no hand-over: the duplicates panel finds them on every visit.)
  const [arrived] = useState(() => (location.state ?? null) as { created?: string } | null);
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const [detail, reload] = useLoad(() => casesApi.get(id), id);
  const [notice, setNotice] = useState<Notice>(null);
  const c = detail.data;
  const [directory] = useLookup(casesApi.directory, id, c?.access === "content", {
    organisations: [],
    users: [],
  });
  const [duplicates, recheckDuplicates] = useLookup(
    async (caseId) => (await casesApi.duplicates(caseId)).items,
    id,
    c?.abilities.write === true,
    [],
  );

  /** After any write: say what happened and show the case as it is now. */
  async function done(text: string) {
    setNotice({ tone: "success", text });
    await reload();
  }
  async function failed(error: unknown) {
    if (error instanceof ApiFailure && error.code === "conflict") {
      setNotice({ tone: "error", text: t("errors.conflict") });
    } else if (error instanceof ApiFailure && error.status === 422) {
      setNotice({ tone: "error", text: t("cases.illegal") });
    } else {
      setNotice({ tone: "error", text: errorText(t, error) });
    }
    await reload();
  }

  // A case out of reach answers 404 exactly like a case that does not exist, so this page cannot
  // know which it is and must not guess. Where the server says the case exists to this user (a
  // coordinator's existence view), the case body offers emergency access from its abilities. Here
  // the page only says "not found or not shared", and someone who knows from outside Ariadne that
  // the case exists may ask for emergency access by its address: behind a deliberate step, never
  // as if the case were known to exist. The server answers an attempt on a missing case with the
  // same 404 as on a case that may not be opened.
  const outOfReach =
    !c && detail.status === "failed" && detail.error instanceof ApiFailure && detail.error.status === 404;
  const mayBreakGlass = me.permissions.includes("cases:write");
  const [askEmergency, setAskEmergency] = useState(false);

  const title = c ? t("cases.caseTitle", { code: c.caseCode }) : t("cases.title");
  return (
    <Page title={title}>
      <p>
        <Link to="/cases">{t("cases.back")}</Link>
      </p>
      {arrived?.created && c && !notice ? (
        <Alert tone="success">{t("cases.created", { code: arrived.created })}</Alert>
      ) : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {detail.status === "failed" ? (
        <Alert tone="error">{outOfReach ? t("cases.notFoundOrNotShared") : errorText(t, detail.error)}</Alert>
      ) : null}
      {detail.status === "loading" && !c ? <Loading /> : null}
      {outOfReach && mayBreakGlass && !askEmergency ? (
        <p>
          <button type="button" className="button" onClick={() => setAskEmergency(true)}>
            {t("cases.breakGlassAsk")}
          </button>
        </p>
      ) : null}
      {outOfReach && mayBreakGlass && askEmergency ? (
        <BreakGlassForm caseId={id} onOpened={done} onFailed={failed} />
      ) : null}
      {c ? (
        <CaseBody
          key={c.version}
          detail={c}
          onDone={done}
          onFailed={failed}
          directory={directory}
          duplicates={duplicates ?? []}
          recheckDuplicates={recheckDuplicates}
        />
      ) : null}
    </Page>
  );
}
