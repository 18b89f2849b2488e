import type { Me, Permission, SessionResponse } from "@ariadne/domain/admin/index.ts";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import {
  ApiFailure,
  onServerContact,
  onSessionEnded,
  setCsrfToken,
  setSessionRecovery,
} from "../api/client.ts";
import { deviceDraftStore } from "../drafts/device-drafts.ts";
import { DraftVault } from "../drafts/vault.ts";
import { followSignedInLocale } from "../i18n/index.ts";
import { authApi } from "./auth-api.ts";
import {
  forgetKeptSession,
  keepSession,
  indexedDbSessionStore as kept,
  restoreSession,
  touchKeptSession,
} from "./offline-session.ts";

export type SessionState =
  | { status: "loading" }
  | { status: "signed_out"; reason: "none" | "signed_out" | "expired" }
  | {
      status: "signed_in";
      session: SessionResponse;
      /** This user's drafts on the device, open while signed in. */
      vault: DraftVault;
      /**
       * The session ended while the user worked (idle limit, signed out elsewhere): the page stays,
       * with everything typed, until they sign in again over it; calls refused meanwhile wait.
       */
      interrupted: boolean;
      /**
       * Opened from the session kept on the device, because the server could not be reached at
       * load (no network in the field): the user's own screens and drafts work; writes wait until
       * the server confirms the session (or asks to sign in again).
       */
      offline: boolean;
    };

interface SessionApi {
  state: SessionState;
  signedIn(session: SessionResponse): Promise<void>;
  signOut(everywhere: boolean): Promise<void>;
  /** True while the idle limit is less than about two minutes away. */
  idleWarning: boolean;
  /** Keeps the session alive (the idle warning's "stay signed in"). */
  staySignedIn(): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

const minute = 60_000;
/** The server moves its idle clock at most once a minute: count from a minute before the last answer. */
const idleSlack = minute;
const warnBefore = 2 * minute;
/** Typing with no call to the server for this long touches the session, so working is never idle. */
const touchAfter = 5 * minute;
/** How often the session kept on the device moves its idle clock (at most). */
const keepEvery = minute;
/**
 * How often a session opened offline asks the server again, besides the browser's "online" (which
 * can come a moment before requests get through). Without a network the ask fails at once: cheap.
 */
const confirmEvery = 5_000;

/** No answer at all (the network) or the server down behind its proxy: not a word on the session. */
const unreachable = (e: unknown) => e instanceof ApiFailure && (e.status === 0 || e.status >= 500);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });
  const [idleWarning, setIdleWarning] = useState(false);
  const stateRef = useRef(state);
  stateRef.current = state;
  const lastContact = useRef(Date.now());
  const lastKept = useRef(0);
  const waiting = useRef<((signedIn: boolean) => void)[]>([]);

  const release = useCallback((signedIn: boolean) => {
    for (const resume of waiting.current.splice(0)) resume(signedIn);
  }, []);

  const signedIn = useCallback(
    async (session: SessionResponse) => {
      setCsrfToken(session.csrfToken);
      lastContact.current = Date.now();
      const current = stateRef.current;
      const key = await DraftVault.importKey(session.draftKey);
      // Signing in again over an interrupted page keeps its vault: it holds what was typed meanwhile.
      const vault =
        current.status === "signed_in" && current.session.user.id === session.user.id
          ? current.vault
          : await DraftVault.openWithKey(session.user.id, key, await deviceDraftStore());
      if (current.status === "signed_in" && current.vault !== vault) current.vault.close();
      lastKept.current = Date.now();
      void keepSession(kept, session, key, lastKept.current).catch(() => {});
      setState({ status: "signed_in", session, vault, interrupted: false, offline: false });
      followSignedInLocale(session.user);
      setIdleWarning(false);
      release(true);
    },
    [release],
  );

  const ended = useCallback(
    (reason: "none" | "signed_out" | "expired") => {
      setCsrfToken(null);
      const current = stateRef.current;
      if (reason === "expired" && current.status === "signed_in") {
        setState({ ...current, interrupted: true });
        setIdleWarning(false);
        return;
      }
      if (current.status === "signed_in") current.vault.close();
      setState({ status: "signed_out", reason });
      release(false);
    },
    [release],
  );

  /** The session kept on the device opens the app when the server cannot be asked. */
  const restoredOffline = useCallback(async () => {
    const restored = await restoreSession(kept, Date.now()).catch(() => null);
    if (!restored) return false;
    const vault = await DraftVault.openWithKey(
      restored.session.user.id,
      restored.key,
      await deviceDraftStore(),
    );
    setState({ status: "signed_in", session: restored.session, vault, interrupted: false, offline: true });
    return true;
  }, []);

  useEffect(() => {
    let live = true;
    authApi.session().then(
      async (session) => {
        if (!live) return;
        if (session) await signedIn(session);
        else {
          forgetKeptSession(kept);
          ended("none");
        }
      },
      async (e) => {
        // No network (or the server is down): the session kept on the device, if still within its
        // limits; otherwise the sign-in page is the way on.
        if (!live) return;
        if (unreachable(e) && (await restoredOffline())) return;
        if (live) ended("none");
      },
    );
    const stopEnded = onSessionEnded(() => {
      forgetKeptSession(kept);
      ended("expired");
    });
    const stopContact = onServerContact(() => {
      const now = Date.now();
      lastContact.current = now;
      if (now - lastKept.current >= keepEvery) {
        lastKept.current = now;
        void touchKeptSession(kept, now).catch(() => {});
      }
    });
    setSessionRecovery(
      () =>
        new Promise<boolean>((resume) => {
          if (stateRef.current.status !== "signed_in") resume(false);
          else waiting.current.push(resume);
        }),
    );
    return () => {
      live = false;
      stopEnded();
      stopContact();
      setSessionRecovery(null);
    };
  }, [signedIn, ended, restoredOffline]);

  // A session opened offline is confirmed by the server as soon as it answers: then the CSRF token
  // is back and writes go; a server that says the session ended asks to sign in over the page.
  const offlineNow = state.status === "signed_in" && state.offline;
  useEffect(() => {
    if (!offlineNow) return;
    const confirm = () =>
      void authApi.session().then(
        (session) => {
          if (session) return signedIn(session);
          forgetKeptSession(kept);
          ended("expired");
        },
        () => {},
      );
    window.addEventListener("online", confirm);
    const timer = setInterval(confirm, confirmEvery);
    return () => {
      window.removeEventListener("online", confirm);
      clearInterval(timer);
    };
  }, [offlineNow, signedIn, ended]);

  const touch = useCallback(async () => {
    try {
      const session = await authApi.session();
      if (!session) return ended("expired");
      setCsrfToken(session.csrfToken);
      lastContact.current = Date.now();
      setIdleWarning(false);
    } catch (e) {
      // Without a network the server cannot say the session ended; the next call that reaches it will.
      if (!unreachable(e)) ended("expired");
    }
  }, [ended]);

  const signedInNow = state.status === "signed_in" && !state.interrupted;
  const idleMinutes = state.status === "signed_in" ? state.session.idleMinutes : null;

  // Warn two minutes before the idle limit; typing keeps the session alive without a warning.
  useEffect(() => {
    if (!signedInNow || idleMinutes === null) return;
    const limit = idleMinutes * minute - idleSlack;
    const check = setInterval(() => {
      if (Date.now() - lastContact.current >= limit - warnBefore) setIdleWarning(true);
    }, 5_000);
    let touching = false;
    const onInput = () => {
      if (touching || Date.now() - lastContact.current < Math.min(touchAfter, limit / 2)) return;
      touching = true;
      void touch().finally(() => {
        touching = false;
      });
    };
    document.addEventListener("keydown", onInput, true);
    document.addEventListener("pointerdown", onInput, true);
    return () => {
      clearInterval(check);
      document.removeEventListener("keydown", onInput, true);
      document.removeEventListener("pointerdown", onInput, true);
    };
  }, [signedInNow, idleMinutes, touch]);

  // At the session's absolute end, say so at once rather than at the next failed call.
  const expiresAt = state.status === "signed_in" ? Date.parse(state.session.expiresAt) : null;
  useEffect(() => {
    if (expiresAt === null || Number.isNaN(expiresAt)) return;
    // Timers longer than ~24.8 days overflow; sessions are hours long, but clamp anyway.
    const timer = setTimeout(
      () => {
        forgetKeptSession(kept);
        ended("expired");
      },
      Math.min(Math.max(expiresAt - Date.now(), 0), 2 ** 31 - 1),
    );
    return () => clearTimeout(timer);
  }, [expiresAt, ended]);

  const signOut = useCallback(
    async (everywhere: boolean) => {
      try {
        await (everywhere ? authApi.signOutEverywhere() : authApi.signOut());
      } catch {
        // Signed out already (the session had ended): the local state follows below.
      } finally {
        forgetKeptSession(kept);
        ended("signed_out");
      }
    },
    [ended],
  );

  const value = useMemo(
    () => ({ state, signedIn, signOut, idleWarning, staySignedIn: touch }),
    [state, signedIn, signOut, idleWarning, touch],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error("useSession outside SessionProvider");
  return api;
}

/** The signed-in user; only for components rendered behind RequireSession. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== "signed_in") throw new Error("useMe without a session");
  return state.session.user;
}

/** The signed-in user's drafts on this device, or null when nobody is signed in. */
export function useVault(): DraftVault | null {
  const { state } = useSession();
  return state.status === "signed_in" ? state.vault : null;
}

export function hasAny(me: Me, wanted: readonly Permission[]): boolean {
  return wanted.length === 0 || wanted.some((p) => me.permissions.includes(p));
}
